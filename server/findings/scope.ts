import { z } from 'zod';
import type { Graph } from '../graph/graph.js';
import { readRows } from '../graph/decode.js';
import type { ChangeScope } from '../shared/change-scope.js';
import * as q from './scope.queries.js';

/**
 * Accounts and integrations evaluated and written together at most (an app larger than this is a
 * group of its own): keeps each refresh transaction bounded however large the organization is.
 */
export const MAX_GROUP_SIZE = 50_000;

const idRow = z.object({ id: z.string() });
const sizeRow = z.object({ id: z.string(), size: z.number() });

export async function readAppIds(graph: Graph): Promise<string[]> {
  return (await readRows(graph, q.APP_IDS, {}, idRow, 'finding-app-ids')).map((row) => row.id);
}

/**
 * The apps whose findings a change asks to refresh, in groups each evaluated and written in one go.
 * For everything: every app, and the ids of apps gone since that stored findings still name.
 */
export async function appGroups(graph: Graph, scope: ChangeScope, maxSize = MAX_GROUP_SIZE): Promise<string[][]> {
  const appIds =
    scope.kind === 'everything'
      ? (await readRows(graph, q.APP_IDS_WITH_FINDINGS, {}, idRow, 'finding-refresh-apps')).map((row) => row.id)
      : [...new Set(scope.appIds)];
  if (appIds.length === 0) return [];
  const sizes = await readRows(graph, q.APP_SIZES, { appIds }, sizeRow, 'finding-app-sizes');
  return groupBySize(sizes, maxSize);
}

/** Packs apps in order into groups whose sizes add up to at most `maxSize`; a larger app stands alone. */
export function groupBySize(apps: readonly { id: string; size: number }[], maxSize: number): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  let currentSize = 0;
  for (const app of apps) {
    if (current.length > 0 && currentSize + app.size > maxSize) {
      groups.push(current);
      current = [];
      currentSize = 0;
    }
    current.push(app.id);
    currentSize += app.size;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
