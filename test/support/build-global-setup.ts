import { spawn } from 'node:child_process';
import { join } from 'node:path';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');

/** Once for the run although several projects (and neo4j-global-setup.ts) ask for it. */
const COMPILED = Symbol.for('attest.test-compiled-server');
const registry = globalThis as typeof globalThis & { [COMPILED]?: Promise<void> };

/**
 * Compiles the server into dist/ when it is missing or older than its sources, as every `attest`
 * command does (bin/attest.js), once before any test file runs. Otherwise the first `attest` processes
 * the tests start each compile it, several at a time on a fresh clone, and one may load dist/ while
 * another is still writing it.
 */
export function compileServerOnce(): Promise<void> {
  registry[COMPILED] ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--help'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bin/attest.js --help exited with ${code}:\n${errors}`))));
  });
  return registry[COMPILED];
}

export default async function setup(): Promise<void> {
  await compileServerOnce();
}
