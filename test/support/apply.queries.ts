/** Review items of a campaign by the account they are about, with their remediation task, for the apply tests. */
export const ITEMS_BY_ACCOUNT = `
MATCH (:Campaign {id: $campaignId})-[:HAS_ITEM]->(i:ReviewItem)-[:REVIEWS]->(a:Account)-[:IN]->(app:App)
RETURN app.name + '/' + coalesce(a.username, a.email) AS account, i.id AS id, i.decision AS decision,
       i.remediationStatus AS status, i.remediationDetail AS detail
ORDER BY account`;
