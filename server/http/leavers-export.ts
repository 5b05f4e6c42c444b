import { Router, type Request, type Response } from 'express';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { leaverFilter, LeaverFilterError, leaverReport } from '../leavers/leavers.js';
import { leaversCsv } from '../leavers/leavers-csv.js';
import { LEAVER_OUTCOMES } from '../leavers/sla.js';

/**
 * GET /api/leavers.csv: the leaver report (every account and identity of each person terminated in
 * the period, timed against the SLA), filtered like the Leavers page by `from`, `to` (termination
 * dates) and `outcome`. app.ts lets only admins and auditors reach it.
 */
export function createLeaversExportRouter(graph: Graph): Router {
  const router = Router();
  router.get('/leavers.csv', (req: Request, res: Response, next) => {
    exportLeavers(graph, req.query, res).catch((error: unknown) => {
      if (error instanceof LeaverFilterError) res.status(400).type('text/plain').send(`${error.message}\n`);
      else next(error);
    });
  });
  return router;
}

async function exportLeavers(graph: Graph, query: Request['query'], res: Response): Promise<void> {
  const text = (name: string): string | null => (typeof query[name] === 'string' ? query[name] : null);
  const filter = leaverFilter(text('from'), text('to'));
  const outcome = text('outcome')?.trim() || null;
  if (outcome !== null && !(LEAVER_OUTCOMES as readonly string[]).includes(outcome))
    throw new LeaverFilterError(`outcome must be one of ${LEAVER_OUTCOMES.join(', ')}, got "${outcome.slice(0, 40)}"`, 'outcome');
  const at = now();
  const report = await leaverReport(graph, filter, at);
  const rows = outcome === null ? report.rows : report.rows.filter((row) => row.outcome === outcome);
  res.type('text/csv; charset=utf-8');
  res.attachment(`attest-leavers-${at.toISOString().slice(0, 10)}.csv`);
  res.send(leaversCsv(rows));
}
