/** The active person with the most people reporting to them (directly), for the demo's manager sign-in. */
export const BUSIEST_MANAGER = `
MATCH (report:Person)-[:REPORTS_TO]->(manager:Person {status: 'active'})
WHERE report.status <> 'terminated'
WITH manager, count(report) AS reports
ORDER BY reports DESC, manager.employeeId
LIMIT 1
RETURN manager.email AS email, manager.displayName AS displayName, reports`;
