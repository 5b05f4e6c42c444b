/** Changes to one app's records, as a re-import of that app would make them (test/integration/reconcile-incremental.test.ts). */

export const APPS_WITH_ACCOUNTS = `
MATCH (app:App) WHERE EXISTS { (app)<-[:IN]-(:Account) }
RETURN app.id AS id ORDER BY id`;

export const PEOPLE = `
MATCH (p:Person) RETURN p.email AS email, p.displayName AS displayName ORDER BY email`;

export const APP_RECORDS = `
MATCH (app:App {id: $appId})
RETURN COLLECT { MATCH (a:Account)-[:IN]->(app) RETURN a.id ORDER BY a.id } AS accountIds,
       COLLECT { MATCH (a:Account)-[:IN]->(app) WHERE a.email IS NOT NULL RETURN a.email ORDER BY a.email } AS emails,
       COLLECT { MATCH (r:AppAssignment {appId: $appId}) RETURN r.id ORDER BY r.id } AS assignmentIds,
       COLLECT { MATCH (n:Integration)-[:IN]->(app) RETURN n.id ORDER BY n.id } AS integrationIds`;

export const ADD_ACCOUNT = `
MATCH (app:App {id: $appId})
CREATE (a:Account {id: $id, email: $email, username: $username, displayName: $displayName, kind: 'human', status: 'active'})
CREATE (a)-[:IN]->(app)`;

export const SET_ACCOUNT_EMAIL = `MATCH (a:Account {id: $id}) SET a.email = $email`;

export const REMOVE_ACCOUNT = `MATCH (a:Account {id: $id}) DETACH DELETE a`;

export const SET_ASSIGNMENT_USER_NAME = `MATCH (r:AppAssignment {id: $id}) SET r.appUserName = $userName, r.removedAt = null`;

export const REMOVE_ASSIGNMENT = `MATCH (r:AppAssignment {id: $id}) SET r.removedAt = datetime()`;

export const SET_INTEGRATION_AUTHOR = `MATCH (n:Integration {id: $id}) SET n.enabledByRef = $ref, n.authorizedByRef = $ref`;

export const SET_APP_OWNER = `MATCH (app:App {id: $appId}) SET app.ownerRef = $email`;

/** Owner of an account, with how it was linked. */
export const ACCOUNT_OWNER = `
MATCH (a:Account {id: $id})
RETURN COLLECT { MATCH (a)-[r:BELONGS_TO]->(p:Person) RETURN p.email + ' ' + r.method } AS owners, a.needsReview AS needsReview`;

/** Identities an IdP push may change, with the people whose emails they may take. */
export const IDENTITIES = `MATCH (i:Identity) WHERE i.removedAt IS NULL RETURN i.id AS id ORDER BY id`;

/** What a SCIM PUT or PATCH may change on an identity: its email and login, its employee number, its status. */
export const SET_IDENTITY_EMAIL = `MATCH (i:Identity {id: $id}) SET i.email = $email, i.login = $email`;
export const SET_IDENTITY_EMPLOYEE_NUMBER = `MATCH (i:Identity {id: $id}) SET i.employeeNumber = $employeeNumber`;
export const DEPROVISION_IDENTITY = `MATCH (i:Identity {id: $id}) SET i.status = 'deprovisioned', i.removedAt = datetime()`;

export const PEOPLE_KEYS = `MATCH (p:Person) RETURN p.email AS email, p.employeeId AS employeeId ORDER BY email`;

/** A member a live group lists, its derived membership replaced by one a SCIM push would have made (not derived). */
export const MEMBERSHIP_AS_PUSHED = `
MATCH (i:Identity)-[m:MEMBER_OF {derived: true}]->(g:IdpGroup)
WHERE g.removedAt IS NULL AND i.id IN g.memberIds
WITH i, g, m ORDER BY g.id, i.id LIMIT 1
DELETE m
CREATE (i)-[:MEMBER_OF {source: 'scim'}]->(g)
RETURN i.id AS identityId, g.id AS groupId`;

export const MEMBERSHIPS = `
MATCH (:Identity {id: $identityId})-[m:MEMBER_OF]->(:IdpGroup {id: $groupId})
RETURN m.derived AS derived, m.source AS source`;
