import type { RecordLabel } from '../model.js';
import type { WrittenLabel } from './written-label.js';

/** What is stored of the records with these ids: whether an import's row changes them (sync.ts). */
export function readExisting(label: WrittenLabel): string {
  return `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN n.id AS id, n.contentHash AS hash, n.removedAt IS NULL AS live`;
}

/** Ids of the live records of a scope, which a complete listing must name or mark removed. One statement per label, so each uses its scope index. */
export function readLiveInScope(label: RecordLabel): string {
  return `
MATCH (n:${label} {scope: $scope})
WHERE n.removedAt IS NULL
RETURN n.id AS id`;
}

/** The app a record belongs to, for what a removal touched. */
const APP_OF: Record<RecordLabel, string> = {
  Person: 'null',
  Identity: 'null',
  IdpGroup: 'null',
  Account: 'COLLECT { MATCH (n)-[:IN]->(app:App) RETURN app.id }[0]',
  Integration: 'COLLECT { MATCH (n)-[:IN]->(app:App) RETURN app.id }[0]',
  AppAssignment: 'n.appId',
};

/** Records of this scope that a complete import did not list: marked removed, never deleted. */
export function markRemoved(label: RecordLabel): string {
  return `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
WHERE n.scope = $scope AND n.removedAt IS NULL
SET n.removedAt = datetime($now)
RETURN count(n) AS removed, collect(DISTINCT ${APP_OF[label]}) AS appIds`;
}
