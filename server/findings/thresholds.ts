import type { ManagedTransaction } from 'neo4j-driver';
import { SYSTEM_ACTOR, type Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { now } from '../config/now.js';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import { DEFAULTS, type RuleDefaults } from './rule-params.js';
import { READ_THRESHOLDS, SET_THRESHOLDS } from './thresholds.queries.js';

/**
 * The organization-wide thresholds: what the organization set, else the defaults (90 days without
 * activity; 30 days for an account never used). An app's own setting, then its catalog entry, win
 * over these in the rules.
 */
export async function readThresholds(graph: Graph): Promise<RuleDefaults> {
  const [row] = await graph.read(READ_THRESHOLDS, {}, 'thresholds');
  return withDefaults(row);
}

/** Sets the thresholds given and records the change, with the thresholds before and after, in the audit log. */
export async function setThresholds(
  graph: Graph,
  change: Partial<RuleDefaults>,
  actor: Actor = SYSTEM_ACTOR,
  at: Date = now(),
): Promise<RuleDefaults> {
  for (const [field, value] of Object.entries(change)) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1))
      throw new Error(`${field} must be a whole number of days, at least 1 (got ${value})`);
  }
  return graph.executeWrite(async (tx) => {
    const before = await readIn(tx);
    await tx.run(SET_THRESHOLDS, { inactivityDays: change.inactivityDays ?? null, neverActiveDays: change.neverActiveDays ?? null });
    const after = await readIn(tx);
    await appendAudit(tx, actor, { action: 'thresholds.set', targetType: 'organization', targetId: 'org', before, after }, at);
    return after;
  }, 'thresholds-set');
}

async function readIn(tx: ManagedTransaction): Promise<RuleDefaults> {
  return withDefaults(rowsOf(await tx.run(READ_THRESHOLDS))[0]);
}

function withDefaults(row: Row | undefined): RuleDefaults {
  return {
    inactivityDays: typeof row?.inactivityDays === 'number' ? row.inactivityDays : DEFAULTS.inactivityDays,
    neverActiveDays: typeof row?.neverActiveDays === 'number' ? row.neverActiveDays : DEFAULTS.neverActiveDays,
  };
}
