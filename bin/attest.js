#!/usr/bin/env -S node --max-old-space-size=768
// Runs the compiled CLI, compiling the server first when dist/ is missing or older than its sources.
// The heap is capped (README "Sizing"): the largest import at 100,000 people keeps about 300 MB
// alive, and without a cap V8 lets garbage grow the process past 1 GB before it collects.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'server', 'cli.js');

function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    if (item.isDirectory()) latest = Math.max(latest, newest(path));
    else if (item.name.endsWith('.ts') && !item.name.endsWith('.test.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, 'server')), newest(join(root, 'seed')));
if (!existsSync(entry) || statSync(entry).mtimeMs < sources) {
  process.stderr.write('Compiling the Attest server (tsc)…\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write('attest: compiling the server failed (see above)\n');
    process.exit(1);
  }
}
await import(pathToFileURL(entry).href);
