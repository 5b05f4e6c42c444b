import { Router, type Request, type Response } from 'express';
import { auditChanges, formatAuditChanges } from '../audit/audit-changes.js';
import { AuditFilterError, listAuditEvents, MAX_EVENTS_PER_PAGE, type AuditEventFilter } from '../audit/list-events.js';
import { targetNames } from '../audit/target-names.js';
import { now } from '../config/now.js';
import { toCsv } from '../export/csv.js';
import type { Graph } from '../graph/graph.js';

/** The audit page's filter fields, as its URL carries them. */
const FILTER_FIELDS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;

export const AUDIT_EXPORT_COLUMNS = [
  'seq',
  'at',
  'actor',
  'actor_id',
  'actor_role',
  'action',
  'target_type',
  'target',
  'target_id',
  'change',
  'hash',
];

/**
 * GET /api/audit.csv: every audit event matching the audit page's filter (its own URL parameters),
 * newest first, with targets by name where they still exist and the change as "field: old → new".
 * Values under secret-looking keys are hidden (audit-changes.ts). app.ts lets only the roles that
 * read the audit log (admin, auditor) reach it.
 */
export function createAuditExportRouter(graph: Graph): Router {
  const router = Router();
  router.get('/audit.csv', (req: Request, res: Response, next) => {
    exportAudit(graph, filterOf(req.query), res).catch((error: unknown) => {
      if (error instanceof AuditFilterError) res.status(400).type('text/plain').send(`${error.message}\n`);
      else next(error);
    });
  });
  return router;
}

function filterOf(query: Request['query']): AuditEventFilter {
  const filter: AuditEventFilter = {};
  for (const field of FILTER_FIELDS) {
    const value = query[field];
    if (typeof value === 'string' && value.trim()) filter[field] = value.trim().slice(0, 500);
  }
  return filter;
}

async function exportAudit(graph: Graph, filter: AuditEventFilter, res: Response): Promise<void> {
  const rows: Record<string, string | number | null>[] = [];
  let beforeSeq: number | null = null;
  for (;;) {
    const page = await listAuditEvents(graph, filter, { limit: MAX_EVENTS_PER_PAGE, beforeSeq });
    const nameOf = await targetNames(graph, page.events);
    for (const event of page.events) {
      rows.push({
        seq: event.seq,
        at: event.at,
        actor: event.actorName,
        actor_id: event.actorId,
        actor_role: event.actorRole,
        action: event.action,
        target_type: event.targetType,
        target: nameOf(event.targetType, event.targetId) ?? event.targetId,
        target_id: event.targetId,
        change: formatAuditChanges(auditChanges(event.before, event.after)),
        hash: event.hash,
      });
    }
    const last = page.events.at(-1);
    if (!page.hasMore || !last) break;
    beforeSeq = last.seq;
  }
  res.type('text/csv; charset=utf-8');
  res.attachment(`attest-audit-${now().toISOString().slice(0, 10)}.csv`);
  res.send(toCsv(rows, AUDIT_EXPORT_COLUMNS));
}
