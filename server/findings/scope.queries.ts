export const APP_IDS = `MATCH (app:App) RETURN app.id AS id ORDER BY id`;

/** Every app, and every app id stored findings name (an app deleted since leaves findings to remove). */
export const APP_IDS_WITH_FINDINGS = `
CALL () {
  MATCH (app:App) RETURN app.id AS id
  UNION
  MATCH (f:Finding) WHERE f.appId IS NOT NULL RETURN DISTINCT f.appId AS id
}
RETURN id ORDER BY id`;

/** How much each app holds (accounts and integrations, as its degree): what evaluating it costs. An app that is gone weighs 0. */
export const APP_SIZES = `
UNWIND $appIds AS id
OPTIONAL MATCH (app:App {id: id})
RETURN id, CASE WHEN app IS NULL THEN 0 ELSE COUNT { (app)<-[:IN]-() } END AS size`;
