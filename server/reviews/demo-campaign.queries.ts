/** The demo campaign's owner: who owns the most apps; else the first active person in Security. */
export const DEMO_OWNER = `
CALL () {
  MATCH (app:App)-[:OWNED_BY]->(p:Person {status: 'active'})
  RETURN p, count(app) AS apps, 0 AS fallback
  UNION
  MATCH (p:Person {status: 'active'}) WHERE toLower(p.department) = 'security'
  RETURN p, 0 AS apps, 1 AS fallback
}
RETURN p.id AS id
ORDER BY fallback, apps DESC, p.employeeId, p.id
LIMIT 1`;
