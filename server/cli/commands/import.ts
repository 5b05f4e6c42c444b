import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { cliActor } from '../../audit/actor.js';
import { loadCatalog } from '../../catalog/catalog.js';
import { now } from '../../config/now.js';
import type { Graph } from '../../graph/graph.js';
import { ImportError } from '../../ingest/errors.js';
import { importSource, type ImportOutcome, type ImportRequest } from '../../ingest/import-source.js';
import { IMPORT_KINDS } from '../../ingest/model.js';
import type { Completeness } from '../../ingest/sync.js';
import { resolve } from 'node:path';
import { withGraph } from '../with-graph.js';

interface ImportOptions {
  app?: string;
  catalog?: string;
  mapping?: string;
  complete?: boolean;
  partial?: boolean;
  json: boolean;
}

/** `attest import <kind> <path>`: all or nothing; exits non-zero with the error report when the input is bad. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import a vendor export, API dump (a file or a folder of pages) into the graph: all or nothing')
    .argument('<kind>', `one of: ${IMPORT_KINDS.join(', ')}`)
    .argument('<path>', 'a file, or a folder of page files imported as one')
    .option('--app <name>', 'the app the accounts belong to (accounts-csv, okta-app-users, baton, …), or the name of a SCIM source (scim)')
    .option('--catalog <key>', 'the catalog entry for --app (default: the entry named like the app)')
    .option('--mapping <file>', 'JSON object mapping our field names to your CSV column names')
    .option(
      '--complete',
      'the input lists everything in its scope: mark what it does not list removed (when Attest cannot tell, e.g. an Okta export without DEPROVISIONED users)',
    )
    .option('--partial', 'the input lists only some records: mark nothing removed')
    .option('--json', 'print a machine-readable summary', false)
    .action(async (kind: string, path: string, options: ImportOptions) => {
      if (options.complete && options.partial) throw new Error('--complete and --partial contradict each other; give one');
      const completeness: Completeness = options.complete ? 'complete' : options.partial ? 'partial' : 'auto';
      const mapping = options.mapping ? readMapping(options.mapping) : undefined;
      const files = [{ path: resolve(path), name: path }];
      const request: ImportRequest = {
        kind,
        files,
        app: options.app,
        catalogKey: options.catalog,
        mapping,
        completeness,
        actor: cliActor(),
      };
      await withGraph((graph) => importWithProgress(graph, request, options.json));
    });
}

async function importWithProgress(graph: Graph, request: ImportRequest, json: boolean): Promise<void> {
  const bar =
    process.stderr.isTTY && !json
      ? new SingleBar({ format: ' {phase} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic)
      : null;
  let phase = '';
  try {
    const outcome = await importSource(graph, loadCatalog(), now(), request, (next, done, total) => {
      if (!bar) return;
      if (next !== phase) {
        if (phase) bar.stop();
        phase = next;
        bar.start(total, done, { phase: next.padEnd(9) });
      } else bar.update(done);
    });
    bar?.stop();
    print(outcome, json);
  } catch (error) {
    bar?.stop();
    if (error instanceof ImportError) {
      if (json) process.stdout.write(`${JSON.stringify({ status: 'failed', errors: error.problems }, null, 2)}\n`);
      throw new Error(`the import was rejected and nothing was written:\n${error.message}`, { cause: error });
    }
    throw error;
  }
}

function readMapping(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: the mapping must be a JSON object of our field name to your column name (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((v) => typeof v === 'string')
  ) {
    throw new Error(`${path}: the mapping must be a JSON object like {"email": "Work E-mail"}`);
  }
  return parsed as Record<string, string>;
}

function print(outcome: ImportOutcome, json: boolean): void {
  const { run } = outcome;
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...run, reconcile: outcome.reconcile, findings: outcome.findings }, null, 2)}\n`);
    return;
  }
  const seconds = run.durationMs / 1000;
  console.log(`Imported ${run.kind} (${run.scope}) from ${run.files.length} file(s), sha256 ${run.sha256.slice(0, 12)}…`);
  console.log(`  ${run.recordsRead} records read in ${seconds.toFixed(1)} s (${Math.round(run.recordsRead / Math.max(seconds, 0.001))}/s)`);
  console.log(
    `  ${run.added} added, ${run.updated} updated, ${run.unchanged} unchanged, ${run.removed} marked removed${run.complete ? '' : ' (partial listing: nothing marked removed)'}`,
  );
  for (const note of run.notes) console.log(`  note: ${note}`);
  if (outcome.reconcile) {
    const r = outcome.reconcile;
    console.log(
      `  ${r.accountsLinked} accounts linked to people, ${r.accountsUnowned} without an owner, ${r.needsReview} waiting for review; ${outcome.findings ?? 0} findings`,
    );
  }
}
