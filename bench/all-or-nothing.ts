/**
 * The all-or-nothing check of bench:scale: an import killed (SIGKILL) while it writes must leave
 * what readers see exactly as it was.
 */
import { spawn } from 'node:child_process';
import { z } from 'zod';
import { readRows } from '../server/graph/decode.js';
import type { Graph } from '../server/graph/graph.js';
import { OPEN_TRANSACTIONS, SUCCEEDED_SYNC_RUNS, VISIBLE_NODES, VISIBLE_RELATIONSHIPS } from './all-or-nothing.queries.js';
import { STAGING_LABEL, STAGING_RUN_LABEL } from './visible-graph.js';

/** The purposes (transaction metadata) under which an import writes: its records, staged or published. */
const IMPORT_WRITE_PURPOSE = /^(import|stag|publish)/;

/** Counts per label and type, and the runs that last wrote each label: one line each, sorted. */
export async function visibleGraph(graph: Graph): Promise<string[]> {
  const params = { staging: STAGING_LABEL, stagingRun: STAGING_RUN_LABEL };
  const nodes = await readRows(
    graph,
    VISIBLE_NODES,
    params,
    z.object({ label: z.string(), nodes: z.number(), runs: z.array(z.string()) }),
    'bench-visible-nodes',
  );
  const rels = await readRows(
    graph,
    VISIBLE_RELATIONSHIPS,
    params,
    z.object({ type: z.string(), count: z.number() }),
    'bench-visible-relationships',
  );
  return [
    ...nodes.map((n) => `${n.label}: ${n.nodes} nodes, last written by runs ${[...n.runs].sort().join(',') || '-'}`),
    ...rels.map((r) => `${r.type}: ${r.count} relationships`),
  ];
}

async function succeededRuns(graph: Graph): Promise<number> {
  const [row] = await readRows(graph, SUCCEEDED_SYNC_RUNS, {}, z.object({ runs: z.number() }), 'bench-sync-runs');
  return row?.runs ?? 0;
}

/** How long the longest open import write has been open, in ms; null when none is. */
async function openImportWriteMs(graph: Graph): Promise<number | null> {
  const open = await readRows(
    graph,
    OPEN_TRANSACTIONS,
    {},
    z.object({ purpose: z.string().nullable(), ms: z.number() }),
    'bench-open-transactions',
  );
  const writes = open.filter((t) => t.purpose !== null && IMPORT_WRITE_PURPOSE.test(t.purpose)).map((t) => t.ms);
  return writes.length ? Math.max(...writes) : null;
}

export interface KillOutcome {
  /** Whether the import was killed while it wrote; false when it ended first. */
  killed: boolean;
  /** When it was killed, in ms after it started, and how long its write had been open then. */
  killedAtMs: number | null;
  writeOpenMs: number | null;
  /** A succeeded sync run appeared: the import committed before the kill, so the kill tested nothing. */
  committed: boolean;
  /** What readers see did not change. */
  held: boolean;
  /** The lines of visibleGraph that differ (before, after). */
  differences: string[];
  /** The last lines the import printed. */
  output: string;
}

export interface KillOptions {
  /** Kill once the write has been open this long… */
  minWriteMs: number;
  /** …or once the process has run this long and its write is open. */
  minAgeMs: number;
  pollMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `node args…` (an import through the CLI, pointed at this graph by `env`), kills it with
 * SIGKILL while its import writes, waits for the database to drop the transaction, and compares
 * what readers see before and after.
 */
export async function killMidImport(
  graph: Graph,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: KillOptions = { minWriteMs: 1000, minAgeMs: 2000, pollMs: 150 },
): Promise<KillOutcome> {
  const before = await visibleGraph(graph);
  const runsBefore = await succeededRuns(graph);
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));

  let killedAtMs: number | null = null;
  let writeOpenMs: number | null = null;
  while (!exited) {
    const open = await openImportWriteMs(graph);
    const age = performance.now() - started;
    if (open !== null && !exited && (open >= options.minWriteMs || age >= options.minAgeMs)) {
      child.kill('SIGKILL');
      killedAtMs = age;
      writeOpenMs = open;
      break;
    }
    await sleep(options.pollMs);
  }
  await exit;
  // The server drops the dead client's transaction when it notices the closed connection.
  for (let waited = 0; waited < 60_000 && (await openImportWriteMs(graph)) !== null; waited += 250) await sleep(250);

  const after = await visibleGraph(graph);
  const committed = (await succeededRuns(graph)) > runsBefore;
  const differences = [
    ...before.filter((line) => !after.includes(line)).map((line) => `before: ${line}`),
    ...after.filter((line) => !before.includes(line)).map((line) => `after:  ${line}`),
  ];
  return {
    killed: killedAtMs !== null,
    killedAtMs,
    writeOpenMs,
    committed,
    held: differences.length === 0,
    differences,
    output: output.split('\n').slice(-8).join('\n'),
  };
}
