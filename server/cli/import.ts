import { SingleBar, Presets } from 'cli-progress';
import { readFileSync } from 'node:fs';
import { cliActor } from '../audit/actor.js';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { connectGraph } from '../graph/connect.js';
import { ImportError } from '../ingest/errors.js';
import { importSource, type ImportOutcome } from '../ingest/import-source.js';
import type { Completeness } from '../ingest/sync.js';
import { resolve } from 'node:path';

export interface ImportCommandOptions {
  app?: string;
  catalog?: string;
  mapping?: string;
  completeness: Completeness;
  json: boolean;
}

/** `attest import <kind> <path>`: exits non-zero with the error report when the input is bad. */
export async function importCommand(kind: string, path: string, options: ImportCommandOptions): Promise<void> {
  const mapping = options.mapping ? readMapping(options.mapping) : undefined;
  const files = [{ path: resolve(path), name: path }];
  const connection = await connectGraph();
  const bar = process.stderr.isTTY && !options.json ? new SingleBar({ format: ' {phase} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic) : null;
  let phase = '';
  try {
    const outcome = await importSource(connection.graph, loadCatalog(), now(), { kind, files, app: options.app, catalogKey: options.catalog, mapping, completeness: options.completeness, actor: cliActor() }, (next, done, total) => {
      if (!bar) return;
      if (next !== phase) {
        if (phase) bar.stop();
        phase = next;
        bar.start(total, done, { phase: next.padEnd(9) });
      } else bar.update(done);
    });
    bar?.stop();
    print(outcome, options.json);
  } catch (error) {
    bar?.stop();
    if (error instanceof ImportError) {
      if (options.json) process.stdout.write(`${JSON.stringify({ status: 'failed', errors: error.problems }, null, 2)}\n`);
      throw new Error(`the import was rejected and nothing was written:\n${error.message}`);
    }
    throw error;
  } finally {
    await connection.close();
  }
}

function readMapping(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: the mapping must be a JSON object of our field name to your column name (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
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
  console.log(`  ${run.added} added, ${run.updated} updated, ${run.removed} marked removed${run.complete ? '' : ' (partial listing: nothing marked removed)'}`);
  for (const note of run.notes) console.log(`  note: ${note}`);
  if (outcome.reconcile) {
    const r = outcome.reconcile;
    console.log(`  ${r.accountsLinked} accounts linked to people, ${r.accountsUnowned} without an owner, ${r.needsReview} waiting for review; ${outcome.findings ?? 0} findings`);
  }
}
