/** The headline counts read the slow way, from every account and finding, to check the stored figures against. */
export const LIVE_HEADLINE = `
RETURN COUNT { MATCH (a:Account) WHERE a.removedAt IS NULL AND NOT coalesce(a.status = 'deactivated', false) } AS accounts,
       COLLECT { MATCH (f:Finding) WITH f.type AS type, count(f) AS count, sum(f.monthlyCost) AS cost
                 RETURN {type: type, count: count, cost: cost} } AS findings`;

/** Forgets the figures the findings refresh stored on every other app, as a database from before them has none. */
export const FORGET_STORED_APP_FIGURES = `
MATCH (app:App)
WITH app ORDER BY app.id
WITH collect(app) AS apps
UNWIND [i IN range(0, size(apps) - 1) WHERE i % 2 = 0 | apps[i]] AS app
REMOVE app.countStatuses, app.countByStatus, app.findingTypes, app.findingCountByType, app.findingCostByType,
       app.activityDays, app.activityDayCounts, app.activityNeverUsed
RETURN count(app) AS forgotten`;

/** Accounts written by hand into no app: one live, one deactivated, one removed. */
export const ACCOUNTS_OUTSIDE_APPS = `
CREATE (:Account {id: 'outside-live', status: 'active'}),
       (:Account {id: 'outside-deactivated', status: 'deactivated'}),
       (:Account {id: 'outside-removed', status: 'active', removedAt: datetime('2026-11-01T00:00:00Z')})`;
