import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { dialectOptions } from './bulk-import-format.js';
import { importCounts, progressLine, type ImportCounts } from './bulk-import-output.js';
import { claimIdleDataDir, embeddedJavaMain, releaseIdleDataDir } from './launcher.js';
import { embeddedMemory, jvmSize, machineMemory } from './memory-sizing.js';
import { checkPrerequisites } from './prerequisites.js';

export interface BulkImportOptions {
  /** Attest's data directory; the database is built in DATA_DIR/neo4j, where the embedded Neo4j opens it. */
  dataDir: string;
  /** CSV files in the neo4j-admin import format, each group's first file starting with its typed header. */
  nodes: { labels: string[]; files: string[] }[];
  relationships: { type: string; files: string[] }[];
  onProgress?: (line: string) => void;
  /** Aborting kills the importer; the data directory is left as it was. */
  signal?: AbortSignal;
}

export interface BulkImportResult extends ImportCounts {
  seconds: number;
}

export type BulkImportFailure =
  /** The options name a file that is missing or a label or type the importer cannot take. */
  | 'invalid-request'
  /** Neo4j or another import runs on the data directory. */
  | 'data-dir-busy'
  /** The database neo4j already holds a store: the importer only builds new ones. */
  | 'database-not-empty'
  /** The importer refused the input (the message names the file and line) or stopped. */
  | 'import-failed';

export class BulkImportError extends Error {
  override name = 'BulkImportError';

  constructor(
    readonly code: BulkImportFailure,
    message: string,
  ) {
    super(message);
  }
}

/** BulkImport.java's exit code when it refuses to touch a database that holds a store. */
const REFUSED_EXIT = 3;
/** Where BulkImport.java builds, then sets aside; removed when it was killed. */
const STAGING_DIRS = ['neo4j-import-staging', 'neo4j-replaced-by-import'];
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The importer reads a group's files as a comma-separated list of regular expressions. */
const UNSAFE_PATH = /[,*?+()[\]{}|^$\\]/;
const MAX_MESSAGE = 1000;

/**
 * Whether the database neo4j of the data directory has a store or transaction logs (beyond the lock
 * file an empty one keeps): a check before the work that leads to an import; BulkImport.java's
 * holdsStore decides.
 */
export function databaseHoldsStore(dataDir: string): boolean {
  const data = join(resolve(dataDir), 'neo4j', 'data');
  const holdsFiles = (dir: string) => existsSync(dir) && readdirSync(dir).some((name) => name !== 'database_lock');
  return holdsFiles(join(data, 'databases', 'neo4j')) || holdsFiles(join(data, 'transactions', 'neo4j'));
}

/**
 * Builds the database neo4j of an Attest data directory from CSV files with Neo4j's offline importer
 * (BulkImport.java), all or nothing: on failure or when killed, the data directory is as it was.
 */
export async function bulkImport(options: BulkImportOptions): Promise<BulkImportResult> {
  const args = importerArguments(options);
  checkPrerequisites();
  const memory = embeddedMemory(machineMemory(), process.env);
  const main = await embeddedJavaMain('BulkImport.java');
  const dataDir = resolve(options.dataDir);
  if (!claimIdleDataDir(dataDir)) {
    throw new BulkImportError('data-dir-busy', `Neo4j or another import is running on ${dataDir}; stop it first`);
  }
  const started = Date.now();
  try {
    // The importer keeps its caches off-heap: it gets the page cache's share of the machine, which it
    // does not otherwise use, so the two together stay within what the embedded Neo4j may take.
    const output = await runJava(
      [`-Xmx${jvmSize(memory.heapBytes)}`, '-XX:+UseG1GC', ...main, dataDir, jvmSize(memory.pageCacheBytes), ...args],
      options,
    );
    const counts = importCounts(output);
    if (!counts) throw new BulkImportError('import-failed', 'The importer finished without its summary of what it imported');
    return { ...counts, seconds: (Date.now() - started) / 1000 };
  } finally {
    releaseIdleDataDir(dataDir);
  }
}

function importerArguments(options: BulkImportOptions): string[] {
  if (options.nodes.length === 0) throw new BulkImportError('invalid-request', 'A bulk import needs at least one node file');
  const nodes = options.nodes.map((group) => `--nodes=${group.labels.map(checkedName).join(':')}=${checkedFiles(group.files)}`);
  const relationships = options.relationships.map((group) => `--relationships=${checkedName(group.type)}=${checkedFiles(group.files)}`);
  return [...dialectOptions(), ...nodes, ...relationships];
}

function checkedName(name: string): string {
  if (!NAME.test(name)) throw new BulkImportError('invalid-request', `"${name}" is not a label or relationship type the importer takes`);
  return name;
}

function checkedFiles(files: string[]): string {
  if (files.length === 0) throw new BulkImportError('invalid-request', 'Each node and relationship group needs a file');
  return files
    .map((file) => {
      const path = isAbsolute(file) ? file : resolve(file);
      if (UNSAFE_PATH.test(path)) {
        throw new BulkImportError(
          'invalid-request',
          `The importer would read ${path} as a pattern; use a path without , * ? + ( ) [ ] { } | ^ $ \\`,
        );
      }
      if (!existsSync(path)) throw new BulkImportError('invalid-request', `No such file: ${path}`);
      return path;
    })
    .join(',');
}

function runJava(args: string[], options: BulkImportOptions): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // stdin stays open and unused: BulkImport.java stops when it closes, that is when this process is gone.
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const kill = (): void => {
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', kill, { once: true });
    if (options.signal?.aborted) kill();
    let output = '';
    let errors = '';
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        const shown = progressLine(line);
        if (shown !== null) options.onProgress?.(shown);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', (error) => reject(new BulkImportError('import-failed', `Could not run java for the bulk import: ${error.message}`)));
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', kill);
      if (code === 0) return resolvePromise(output);
      if (signal !== null) removeStaging(options.dataDir);
      reject(failure(code, signal, errors));
    });
  });
}

function failure(code: number | null, signal: NodeJS.Signals | null, errors: string): BulkImportError {
  if (signal !== null)
    return new BulkImportError('import-failed', `The bulk import was stopped (${signal}); the data directory is unchanged`);
  const message = shortMessage(errors) || `The bulk import exited with ${code}`;
  return new BulkImportError(code === REFUSED_EXIT ? 'database-not-empty' : 'import-failed', message);
}

/** The last lines of what the JVM said: BulkImport.java's one line, or the end of a JVM's own failure. */
function shortMessage(errors: string): string {
  const lines = errors.trim().split('\n').slice(-5).join('\n');
  return lines.length > MAX_MESSAGE ? `…${lines.slice(-MAX_MESSAGE)}` : lines;
}

/** What BulkImport.java would delete at its next run; nothing Neo4j opens. */
function removeStaging(dataDir: string): void {
  for (const dir of STAGING_DIRS) rmSync(join(resolve(dataDir), dir), { recursive: true, force: true });
}
