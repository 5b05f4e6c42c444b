import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../config/repo-root.js';

/** Starts `vite` (dev server with hot reload) as a child that dies with this process. */
export function startViteDevServer(apiPort: number): void {
  const root = repoRoot();
  const vite = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ATTEST_PORT: String(apiPort) },
  });
  process.once('exit', () => vite.kill('SIGTERM'));
  vite.once('exit', (code) => {
    if (code) console.error(`vite exited with code ${code}`);
  });
}
