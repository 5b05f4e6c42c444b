/** The app an account is in; no row for an identity (or an unknown id). */
export const APP_OF_ACCOUNT = `
MATCH (:Account {id: $recordId})-[:IN]->(app:App)
RETURN app.id AS appId`;
