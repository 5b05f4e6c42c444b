import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/repo-root.js';

/** Newest modification time under a directory (skipping tests), 0 when it does not exist. */
export function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the dashboard with vite when dist/web is missing or older than web/ or vite.config.ts; returns its directory. */
export function ensureWebBuilt(log: (message: string) => void): string {
  const root = repoRoot();
  const out = join(root, 'dist', 'web');
  const index = join(out, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'web')), statSync(join(root, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return out;
  log('Building the dashboard (vite build)…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // Always React's production build, even when started from a test runner that sets NODE_ENV=test.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('Building the dashboard failed (see the vite output above)');
  return out;
}
