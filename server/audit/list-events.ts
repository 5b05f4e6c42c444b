import neo4j from 'neo4j-driver';
import { rowsOf, type Graph, type Row } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { toAuditEvent, type AuditEvent } from './audit-event.js';
import * as q from './audit.queries.js';

/** Most events one call returns. */
export const MAX_EVENTS_PER_PAGE = 10_000;

export interface AuditEventFilter {
  /** Part of the actor's id or name, any case. */
  actor?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** From this time (ISO date or date-time), inclusive. */
  from?: string | null;
  /** To this time, inclusive; a date alone means to the end of that day (UTC). */
  to?: string | null;
}

export interface AuditEventPage {
  /** Newest first. */
  events: AuditEvent[];
  totalCount: number;
  hasMore: boolean;
}

/** A filter value that cannot be used: `field` names it. */
export class AuditFilterError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'AuditFilterError';
  }
}

/** Audit events matching the filter, newest first; `beforeSeq` continues after the last event of the previous page. */
export async function listAuditEvents(
  graph: Graph,
  filter: AuditEventFilter,
  page: { limit: number; beforeSeq?: number | null },
): Promise<AuditEventPage> {
  const params = filterParams(filter);
  const limit = Math.max(1, Math.min(Math.floor(page.limit), MAX_EVENTS_PER_PAGE));
  const beforeSeq = page.beforeSeq === undefined || page.beforeSeq === null ? null : neo4j.int(page.beforeSeq);
  const [rows, total] = await graph.executeRead(async (tx) => {
    const listed = await tx.run(q.LIST_EVENTS, { ...params, beforeSeq, limit: limitParam(limit + 1, MAX_EVENTS_PER_PAGE + 1) });
    const counted = await tx.run(q.COUNT_EVENTS, params);
    return [rowsOf(listed), rowsOf(counted)[0]?.total] as const;
  }, 'audit-list');
  const events = rows.map((row) => toAuditEvent(row.event as Row));
  return { events: events.slice(0, limit), totalCount: Number(total ?? 0), hasMore: events.length > limit };
}

function filterParams(filter: AuditEventFilter): Record<string, string | null> {
  const from = filter.from?.trim() ? startOf(filter.from.trim(), 'from') : null;
  const until = filter.to?.trim() ? endOf(filter.to.trim(), 'to') : null;
  if (from !== null && until !== null && from >= until)
    throw new AuditFilterError(`"from" (${filter.from}) is after "to" (${filter.to})`, 'from');
  return {
    actor: filter.actor?.trim() ? filter.actor.trim().toLowerCase() : null,
    action: filter.action?.trim() || null,
    targetType: filter.targetType?.trim() || null,
    targetId: filter.targetId?.trim() || null,
    from,
    until,
  };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parseTime(value: string, field: string): Date {
  const date = new Date(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(date.getTime()))
    throw new AuditFilterError(`${field} must be an ISO date (2026-11-20) or date-time (2026-11-20T14:05:00Z), got "${value}"`, field);
  return date;
}

function startOf(value: string, field: string): string {
  return parseTime(value, field).toISOString();
}

/** The first instant after the range, so the comparison is "before" whether the value was a date or a date-time. */
function endOf(value: string, field: string): string {
  const date = parseTime(value, field);
  return new Date(date.getTime() + (DATE_ONLY.test(value) ? 86_400_000 : 1)).toISOString();
}
