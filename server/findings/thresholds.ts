import type { Graph } from '../graph/graph.js';
import { DEFAULTS, type RuleDefaults } from './rule-params.js';

const READ = `
OPTIONAL MATCH (o:Organization {id: 'org'})
RETURN o.inactivityDays AS inactivityDays, o.neverActiveDays AS neverActiveDays`;

const WRITE = `
MERGE (o:Organization {id: 'org'})
SET o.inactivityDays = coalesce($inactivityDays, o.inactivityDays),
    o.neverActiveDays = coalesce($neverActiveDays, o.neverActiveDays)`;

/**
 * The organization-wide thresholds: what the organization set, else the defaults (90 days without
 * activity; 30 days for an account never used). An app's own setting, then its catalog entry, win
 * over these in the rules.
 */
export async function readThresholds(graph: Graph): Promise<RuleDefaults> {
  const [row] = await graph.read(READ, {}, 'thresholds');
  return {
    inactivityDays: typeof row?.inactivityDays === 'number' ? row.inactivityDays : DEFAULTS.inactivityDays,
    neverActiveDays: typeof row?.neverActiveDays === 'number' ? row.neverActiveDays : DEFAULTS.neverActiveDays,
  };
}

export async function setThresholds(graph: Graph, change: Partial<RuleDefaults>): Promise<RuleDefaults> {
  for (const [field, value] of Object.entries(change)) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1)) throw new Error(`${field} must be a whole number of days, at least 1 (got ${value})`);
  }
  await graph.write(WRITE, { inactivityDays: change.inactivityDays ?? null, neverActiveDays: change.neverActiveDays ?? null }, 'thresholds-set');
  return readThresholds(graph);
}
