import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import * as q from './audit.queries.js';

const nameRow = z.object({ type: z.string(), id: z.string(), name: z.string() });

/** Targets whose name needs no lookup. */
const FIXED_NAMES: Record<string, string> = { organization: 'Organization settings' };

const key = (type: string, id: string): string => `${type.toLowerCase()}\u0000${id}`;

/**
 * Readable names for the targets of some events (an app's name, a person's name and email, a
 * campaign's name…), for those that still exist. `nameOf` answers null for the rest, whose id is all there is.
 */
export async function targetNames(
  graph: Graph,
  events: readonly { targetType: string; targetId: string }[],
): Promise<(targetType: string, targetId: string) => string | null> {
  const targets = new Map<string, { type: string; id: string }>();
  for (const event of events) {
    const type = event.targetType.toLowerCase();
    if (!(type in FIXED_NAMES) && event.targetId) targets.set(key(type, event.targetId), { type, id: event.targetId });
  }
  const rows = targets.size ? await readRows(graph, q.TARGET_NAMES, { targets: [...targets.values()] }, nameRow, 'audit-target-names') : [];
  const names = new Map(rows.map((row) => [key(row.type, row.id), row.name]));
  return (targetType, targetId) => FIXED_NAMES[targetType.toLowerCase()] ?? names.get(key(targetType, targetId)) ?? null;
}

const actionRow = z.object({ action: z.string() });

/** Every action recorded in the log, in order. */
export async function auditActions(graph: Graph): Promise<string[]> {
  const rows = await readRows(graph, q.DISTINCT_ACTIONS, {}, actionRow, 'audit-actions');
  return rows.map((row) => row.action);
}
