import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Catalog } from '../catalog/catalog.js';
import { decodeRow, decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { EVERYTHING, type ChangeScope } from '../shared/change-scope.js';
import { withReadAhead } from '../shared/read-ahead.js';
import { refreshTeamIndex } from '../teams/team-index.js';
import { LARGE_ROLE, ROLE_HOLDERS_SHOWN } from './role-holders.js';
import { STORE_FIRST_HOLDERS } from './role-holders.queries.js';
import { STORE_APP_COUNTS } from './app-counts.queries.js';
import { evaluateRules, ruleParams, type FindingRecord } from './evaluate.js';
import { diffFindings } from './finding-diff.js';
import * as q from './findings.queries.js';
import { catalogParams } from './rule-params.js';
import { appGroups } from './scope.js';
import { COMPUTE_SEAT_USAGE } from './seat-usage.queries.js';
import { ACCOUNT_WASTE_CAUSES } from './waste-causes.js';

export { evaluateFindings, type FindingRecord } from './evaluate.js';

export interface FindingsRefresh {
  /** Findings stored after the refresh, all apps. */
  total: number;
  /** Apps whose findings were evaluated again. */
  refreshedApps: number;
  /** What the refresh wrote: findings created, rewritten because their content changed, and deleted. */
  changes: { created: number; updated: number; deleted: number };
}

const WRITE_BATCH = 5000;

const storedRow = z.object({ id: z.string(), contentHash: z.string().nullable(), detectedAt: z.string() });
const countRow = z.object({ count: z.number() });

/**
 * Brings the stored findings of the apps `scope` names (every app for EVERYTHING) up to date as of
 * `now`, app by app (small apps in groups): each group is evaluated, then written in one
 * transaction that changes only what differs from its stored findings and recomputes its apps' seat
 * usage and counts, so the dashboard sees each app's findings whole. Findings that still hold keep
 * the time they were first detected.
 */
export async function refreshFindings(
  graph: Graph,
  catalog: Catalog,
  now: Date,
  scope: ChangeScope = EVERYTHING,
): Promise<FindingsRefresh> {
  const groups = await appGroups(graph, scope);
  const params = await ruleParams(graph, catalog, now);
  const changes = { created: 0, updated: 0, deleted: 0 };
  // The next group is evaluated while this one is written: rules read records, never stored findings.
  await withReadAhead(
    groups,
    (appIds) => evaluateRules(graph, catalog, now, params, appIds),
    async (appIds, records) => {
      const written = await graph.executeWrite((tx) => writeGroup(tx, catalog, appIds, records), 'findings-refresh');
      changes.created += written.created;
      changes.updated += written.updated;
      changes.deleted += written.deleted;
    },
  );
  // My team's index and counts follow the findings (and the managers reconciliation derived).
  await refreshTeamIndex(graph, scope);
  const [marked] = await graph.write(q.MARK_EVALUATED, { now: now.toISOString() }, 'findings-evaluated');
  return { total: decodeRow(countRow, marked, 'findings-evaluated').count, refreshedApps: groups.flat().length, changes };
}

/** Turns the stored findings of `appIds` into `records`, then recomputes those apps' seat usage and counts. */
async function writeGroup(
  tx: ManagedTransaction,
  catalog: Catalog,
  appIds: string[],
  records: FindingRecord[],
): Promise<FindingsRefresh['changes']> {
  const stored = decodeRows(storedRow, rowsOf(await tx.run(q.STORED_FINDINGS, { appIds })), 'stored-findings');
  const diff = diffFindings(records, stored);
  for (let i = 0; i < diff.deleteIds.length; i += WRITE_BATCH) {
    await tx.run(q.DELETE_FINDINGS, { ids: diff.deleteIds.slice(i, i + WRITE_BATCH) });
  }
  for (let i = 0; i < diff.write.length; i += WRITE_BATCH) {
    await tx.run(q.WRITE_FINDINGS, { rows: diff.write.slice(i, i + WRITE_BATCH) });
  }
  await tx.run(COMPUTE_SEAT_USAGE, { appIds, catalog: catalogParams(catalog), causes: ACCOUNT_WASTE_CAUSES });
  await tx.run(STORE_APP_COUNTS, { appIds });
  await tx.run(STORE_FIRST_HOLDERS, {
    appIds,
    limit: limitParam(ROLE_HOLDERS_SHOWN, ROLE_HOLDERS_SHOWN),
    largeRole: limitParam(LARGE_ROLE, LARGE_ROLE),
  });
  return { created: diff.created, updated: diff.updated, deleted: diff.deleteIds.length };
}
