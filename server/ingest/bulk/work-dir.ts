import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '../../graph/embedded/launcher.js';

const PREFIX = 'bulk-load-';
const OWNER = 'owner.pid';
const UNCLAIMED_MS = 60_000;

/**
 * A bulk load's working folder in the data directory (its CSV files and scratch database: gigabytes
 * at 100,000 people), marked with the process that owns it. Folders left by a load whose process
 * died (killed, or the machine stopped) are removed first; a load still running keeps its own.
 */
export function newWorkDir(dataDir: string): string {
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(dataDir, name);
    const owner = join(dir, OWNER);
    // Without its owner file, a folder is a load's that has only just made it, or one that died at once.
    const dead = existsSync(owner) ? !isAlive(Number(readFileSync(owner, 'utf8'))) : statSync(dir).mtimeMs < Date.now() - UNCLAIMED_MS;
    if (dead) rmSync(dir, { recursive: true, force: true });
  }
  const dir = mkdtempSync(join(dataDir, PREFIX));
  writeFileSync(join(dir, OWNER), String(process.pid));
  return dir;
}
