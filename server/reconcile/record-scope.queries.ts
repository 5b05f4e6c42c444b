/** What kind of record the id names, and the app of an account (null for an account in no app). */
export const RECORD_KIND = `
OPTIONAL MATCH (a:Account {id: $recordId})
OPTIONAL MATCH (i:Identity {id: $recordId})
RETURN a IS NOT NULL AS account, i IS NOT NULL AS identity,
       COLLECT { MATCH (a)-[:IN]->(app:App) RETURN app.id }[0] AS appId`;
