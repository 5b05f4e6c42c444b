import { z } from 'zod';
import type { Graph } from '../graph/graph.js';
import { readRows } from '../graph/decode.js';
import { FINDING_NODE, type ExportSource } from './export-row.js';
import { LIST_FINDINGS } from './findings.queries.js';
import { FINDING_TYPES } from './rules/index.js';

const findingRow = z.object({ finding: FINDING_NODE });

/**
 * The stored findings, optionally of one type and of one app (its name in any case, or its id), in
 * the registry's order of types, then by app, account and id.
 */
export async function listStoredFindings(graph: Graph, filter: { type?: string; app?: string }): Promise<ExportSource[]> {
  const rows = await readRows(graph, LIST_FINDINGS, { type: filter.type ?? null, app: filter.app ?? null }, findingRow, 'list-findings');
  const rank = (type: string): number => {
    const index = (FINDING_TYPES as readonly string[]).indexOf(type);
    return index === -1 ? FINDING_TYPES.length : index;
  };
  return rows
    .map((row) => row.finding)
    .sort(
      (a, b) =>
        rank(a.type) - rank(b.type) ||
        compare(a.appName, b.appName) ||
        compare(a.accountEmail ?? '', b.accountEmail ?? '') ||
        compare(a.id, b.id),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
