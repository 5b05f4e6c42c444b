import { z } from 'zod';
import { SYSTEM_ACTOR, type Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { now } from '../config/now.js';
import { decodeRow, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { READ_LEAVER_SLA, SET_LEAVER_SLA } from './leavers.queries.js';
import { DEFAULT_LEAVER_SLA_HOURS } from './sla.js';

const slaRow = z.object({ leaverSlaHours: z.number().nullable() });

/** The organization's leaver SLA in hours (default 24); an app's own (`attest app --leaver-sla-hours`) wins for its accounts. */
export async function readLeaverSlaHours(graph: Graph): Promise<number> {
  const [row] = await readRows(graph, READ_LEAVER_SLA, {}, slaRow, 'leaver-sla');
  return row?.leaverSlaHours ?? DEFAULT_LEAVER_SLA_HOURS;
}

/** Sets the organization's leaver SLA and records the change in the audit log. */
export async function setLeaverSlaHours(graph: Graph, hours: number, actor: Actor = SYSTEM_ACTOR, at: Date = now()): Promise<number> {
  if (!Number.isInteger(hours) || hours < 1) throw new Error(`the leaver SLA must be a whole number of hours, at least 1 (got ${hours})`);
  return graph.executeWrite(async (tx) => {
    const before = decodeRow(slaRow, rowsOf(await tx.run(READ_LEAVER_SLA))[0], 'leaver-sla').leaverSlaHours ?? DEFAULT_LEAVER_SLA_HOURS;
    await tx.run(SET_LEAVER_SLA, { hours });
    await appendAudit(
      tx,
      actor,
      {
        action: 'thresholds.set',
        targetType: 'organization',
        targetId: 'org',
        before: { leaverSlaHours: before },
        after: { leaverSlaHours: hours },
      },
      at,
    );
    return hours;
  }, 'leaver-sla-set');
}
