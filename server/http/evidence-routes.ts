import { Router, type Request, type Response } from 'express';
import { actorOf } from '../audit/actor.js';
import type { Viewer } from '../auth/viewer.js';
import { now } from '../config/now.js';
import { CampaignLookupError, collectEvidence } from '../evidence/collect.js';
import { evidenceCsv, populationJson } from '../evidence/csv.js';
import type { Evidence } from '../evidence/evidence.types.js';
import { generatorName } from '../evidence/generator.js';
import { renderPdf } from '../evidence/pdf.js';
import { sha256Hex } from '../evidence/population.js';
import { recordEvidenceExport } from '../evidence/record-export.js';
import { renderReportHtml } from '../evidence/report-html.js';
import type { Graph } from '../graph/graph.js';

type Rendered = { ok: true; body: string | Buffer } | { ok: false; status: number; message: string };

interface EvidenceDownload {
  /** The file name's ending, after "attest-evidence-<campaign>-". */
  suffix: string;
  contentType: string;
  render(evidence: Evidence, viewer: Viewer): Promise<Rendered>;
}

const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const DOWNLOADS: Record<string, EvidenceDownload> = {
  'evidence.csv': {
    suffix: 'items.csv',
    contentType: 'text/csv; charset=utf-8',
    render: (evidence) => Promise.resolve({ ok: true, body: evidenceCsv(evidence) }),
  },
  'population.json': {
    suffix: 'population.json',
    contentType: 'application/json; charset=utf-8',
    render: (evidence) => Promise.resolve({ ok: true, body: populationJson(evidence) }),
  },
  'report.html': {
    suffix: 'report.html',
    contentType: 'text/html; charset=utf-8',
    render: (evidence, viewer) => Promise.resolve({ ok: true, body: reportHtml(evidence, viewer) }),
  },
  'report.pdf': {
    suffix: 'report.pdf',
    contentType: 'application/pdf',
    render: async (evidence, viewer) => {
      const pdf = await renderPdf(
        reportHtml(evidence, viewer),
        `${evidence.campaign.name} (${evidence.campaign.period}): access review evidence`,
      );
      return pdf.written
        ? { ok: true, body: pdf.pdf }
        : { ok: false, status: 503, message: `The PDF report is not available on this server: ${pdf.reason}` };
    },
  },
};

/**
 * GET /campaigns/:id/evidence.csv, /population.json, /report.html and /report.pdf: one file of a
 * campaign's evidence as a download, for the signed-in viewer in `res.locals.viewer`. Each download
 * is recorded in the audit log. Who may download (admin, auditor) is checked where this is mounted.
 */
export function createEvidenceRouter(graph: Graph): Router {
  const router = Router();
  for (const [file, download] of Object.entries(DOWNLOADS)) {
    router.get(`/campaigns/:id/${file}`, async (req: Request<{ id: string }>, res: Response) => {
      const viewer = (res.locals.viewer as Viewer | null | undefined) ?? null;
      if (viewer === null) {
        res.status(401).type('text/plain').send('Sign in to download evidence\n');
        return;
      }
      const at = now();
      let evidence: Evidence;
      try {
        evidence = await collectEvidence(graph, req.params.id, at);
      } catch (error) {
        if (!(error instanceof CampaignLookupError)) throw error;
        res
          .status(error.reason === 'not_found' ? 404 : error.reason === 'not_launched' ? 409 : 400)
          .type('text/plain')
          .send(`${error.message}\n`);
        return;
      }
      const rendered = await download.render(evidence, viewer);
      if (!rendered.ok) {
        res.status(rendered.status).type('text/plain').send(`${rendered.message}\n`);
        return;
      }
      const name = `attest-evidence-${slug(evidence.campaign.name)}-${download.suffix}`;
      await recordEvidenceExport(
        graph,
        actorOf(viewer),
        evidence,
        'download',
        [{ name, size: Buffer.byteLength(rendered.body), sha256: sha256Hex(rendered.body) }],
        at,
      );
      res.set('X-Content-Type-Options', 'nosniff');
      if (file === 'report.html') res.set('Content-Security-Policy', REPORT_CSP);
      // The report opens in the browser to be read or printed; the data files download.
      if (file === 'report.html') res.set('Content-Disposition', `inline; filename="${name}"`);
      else res.attachment(name);
      res.type(download.contentType);
      res.send(rendered.body);
    });
  }
  return router;
}

function reportHtml(evidence: Evidence, viewer: Viewer): string {
  return renderReportHtml(evidence, { generatedBy: `${viewer.displayName || viewer.email} (${viewer.role})`, generator: generatorName() });
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'campaign'
  );
}
