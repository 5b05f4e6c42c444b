import express, { type Request, type Response, type Router } from 'express';
import multer from 'multer';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { TransactionMemoryError } from '../graph/memory-limit.js';
import { ImportError } from '../ingest/errors.js';
import { actorOf } from '../audit/actor.js';
import { importSource } from '../ingest/import-source.js';
import { viewerOf } from './session-middleware.js';
import type { Completeness } from '../ingest/sync.js';

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/**
 * POST /api/imports (multipart: kind, app?, catalog?, completeness? = auto | complete | partial,
 * files[]): runs the same importer as the CLI.
 * 200 with the SyncRun; 400 with every problem (file, line or record, field) and nothing written.
 */
export function createUploadRouter(graph: Graph, catalog: Catalog): Router {
  const router = express.Router();
  router.post('/imports', (req: Request, res: Response) => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-upload-'));
    const upload = multer({ dest: dir, limits: { fileSize: MAX_UPLOAD_BYTES, files: 500 } }).array('files');
    upload(req, res, (uploadError: unknown) => {
      const finish = (status: number, body: unknown): void => {
        rmSync(dir, { recursive: true, force: true });
        res.status(status).json(body);
      };
      if (uploadError) {
        finish(400, {
          status: 'failed',
          errors: [{ file: '(upload)', message: uploadError instanceof Error ? uploadError.message : 'the upload could not be read' }],
        });
        return;
      }
      const uploaded = (req.files as Express.Multer.File[] | undefined) ?? [];
      const body = req.body as Record<string, string | undefined>;
      if (!uploaded.length) {
        finish(400, { status: 'failed', errors: [{ file: '(upload)', field: 'files', message: 'choose at least one file to import' }] });
        return;
      }
      const completeness = body.completeness || 'auto';
      if (!isCompleteness(completeness)) {
        finish(400, {
          status: 'failed',
          errors: [{ file: '(upload)', field: 'completeness', message: `expected auto, complete or partial, found "${completeness}"` }],
        });
        return;
      }
      const files = uploaded.map((f) => ({ path: f.path, name: f.originalname })).sort((a, b) => a.name.localeCompare(b.name));
      const viewer = viewerOf(res);
      // The upload route sits behind requireRole('admin'), so there is a viewer; it is the import's actor in the audit log.
      const actor = viewer ? actorOf(viewer) : undefined;
      importSource(graph, catalog, now(), {
        kind: body.kind ?? '',
        files,
        app: body.app || undefined,
        catalogKey: body.catalog || undefined,
        completeness,
        actor,
      })
        .then((outcome) => finish(200, { status: 'succeeded', run: outcome.run, findings: outcome.findings }))
        .catch((error: unknown) => {
          if (error instanceof ImportError) {
            finish(400, { status: 'failed', errors: error.problems });
            return;
          }
          if (error instanceof TransactionMemoryError) {
            console.error('import upload failed:', error.cause);
            finish(503, { status: 'failed', errors: [{ file: '(server)', message: error.message }] });
            return;
          }
          console.error('import upload failed:', error);
          finish(500, {
            status: 'failed',
            errors: [{ file: '(server)', message: 'the import failed on the server; nothing was marked removed' }],
          });
        });
    });
  });
  return router;
}

function isCompleteness(value: string): value is Completeness {
  return value === 'auto' || value === 'complete' || value === 'partial';
}
