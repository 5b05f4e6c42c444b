import express, { Router, type Request, type Response } from 'express';
import { SCOPED_READERS } from '../api/auth-checker.js';
import { ForbiddenError, UnauthenticatedError } from '../api/errors.js';
import { findingsPage, findingStart, type FindingOrder } from '../api/findings/finding.queries.js';
import { FINDING_TYPES } from '../api/shared/enums.js';
import { scopeManagerId } from '../api/shared/scope.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph, Row } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { toCsv } from '../export/csv.js';
import { now } from '../config/now.js';
import { FINDING_EXPORT_COLUMNS, fromFindingNode, toExportRow } from '../findings/export-row.js';

const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const MAX_ROWS = 1_000_000;

/**
 * GET /api/findings.csv: every finding matching the dashboard's filter, in the table's order, with
 * the CLI's columns. Takes the Findings page's own URL parameters (type, severity, app, person, q),
 * so the page links to it with its query string unchanged. POST takes the same fields form-encoded,
 * plus `id` for a selection of findings. The signed-in viewer (res.locals.viewer, set by the session
 * middleware) must be one who may read findings; a manager gets only their reports' findings.
 */
export function createFindingsExportRouter(graph: Graph): Router {
  const router = Router();
  const exportFindings = async (res: Response, fields: Record<string, unknown>): Promise<void> => {
    const scope = exportScopeOf((res.locals.viewer as Viewer | null | undefined) ?? null);
    if ('refused' in scope) {
      res.status(scope.refused).type('text/plain').send(`${scope.message}\n`);
      return;
    }
    const list = (name: string): string[] => {
      const value = fields[name];
      const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
      return values.filter((v): v is string => typeof v === 'string' && v !== '');
    };
    const types = list('type').map((t) => t.toLowerCase());
    const severities = list('severity').map((s) => s.toLowerCase());
    const unknown = [
      ...types.filter((t) => !(FINDING_TYPES as readonly string[]).includes(t)),
      ...severities.filter((s) => !SEVERITIES.includes(s)),
    ];
    if (unknown.length) {
      res
        .status(400)
        .type('text/plain')
        .send(
          `unknown filter value(s): ${unknown.join(', ')} (types: ${FINDING_TYPES.join(', ')}; severities: ${SEVERITIES.join(', ')})\n`,
        );
      return;
    }
    const search = list('q')[0]?.trim().toLowerCase() || null;
    const sort = (list('sort')[0] ?? 'severity').toLowerCase();
    if (!isOrder(sort)) {
      res
        .status(400)
        .type('text/plain')
        .send(`unknown sort "${sort}" (sorts: ${ORDERS.join(', ')})\n`);
      return;
    }
    const params = {
      scopeManagerId: scope.scopeManagerId,
      types: types.length ? types : null,
      apps: list('app').length ? list('app') : null,
      severities: severities.length ? severities : null,
      personId: list('person')[0] ?? null,
      search,
    };
    const rows = await graph.read(
      findingsPage(sort, findingStart(params)),
      { ...params, skip: limitParam(0, 0), limit: limitParam(MAX_ROWS, MAX_ROWS) },
      'findings-export',
    );
    const findings = rows.map((row) => fromFindingNode(row.finding as Row));
    const ids = new Set(list('id'));
    const chosen = ids.size ? findings.filter((finding) => ids.has(finding.id)) : findings;
    const csv = toCsv(chosen.map(toExportRow), FINDING_EXPORT_COLUMNS);
    res.type('text/csv; charset=utf-8');
    res.attachment(`attest-findings-${now().toISOString().slice(0, 10)}.csv`);
    res.send(csv);
  };
  router.get('/findings.csv', (req: Request, res: Response) => exportFindings(res, req.query));
  // The dashboard posts a selection of findings (id=…&id=…): too many ids for a URL.
  router.post(
    '/findings.csv',
    express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 20_000 }),
    (req: Request, res: Response) => exportFindings(res, (req.body ?? {}) as Record<string, unknown>),
  );
  return router;
}

type ExportScope = { scopeManagerId: string | null } | { refused: 401 | 403; message: string };

/** The same access rule as the findings query: who may download, and a manager only their reports' findings. */
function exportScopeOf(viewer: Viewer | null): ExportScope {
  if (viewer && !SCOPED_READERS.includes(viewer.role))
    return { refused: 403, message: `The ${viewer.role} role may not download findings` };
  try {
    return { scopeManagerId: scopeManagerId(viewer) };
  } catch (error) {
    if (error instanceof UnauthenticatedError) return { refused: 401, message: error.message };
    if (error instanceof ForbiddenError) return { refused: 403, message: error.message };
    throw error;
  }
}

const ORDERS: readonly FindingOrder[] = ['severity', 'cost', 'age', 'app', 'person'];

function isOrder(value: string): value is FindingOrder {
  return (ORDERS as readonly string[]).includes(value);
}
