/** The apps whose accounts may sign in with these identities: those they are assigned to, and those whose accounts do now. */
export const APPS_OF_IDENTITIES = `
UNWIND $identityIds AS identityId
CALL (identityId) {
  MATCH (r:AppAssignment {identityId: identityId}) RETURN r.appId AS appId
  UNION
  MATCH (:Identity {id: identityId})<-[:SIGNS_IN_WITH]-(:Account)-[:IN]->(app:App) RETURN app.id AS appId
}
RETURN DISTINCT appId`;
