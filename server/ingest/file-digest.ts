import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFile } from './parser.js';

const byName = new Intl.Collator('en', { numeric: true });

/**
 * SHA-256 over the input files in order (a folder: its files in name order), streamed, so a SyncRun
 * names exactly what was imported. Paths that do not exist are left to the parser to report.
 */
export async function digestFiles(files: InputFile[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    for (const path of await filesUnder(file.path)) {
      hash.update(`${path.slice(file.path.length)}\0`);
      for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    }
  }
  return hash.digest('hex');
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return [];
  if (info.isFile()) return [path];
  if (!info.isDirectory()) return [];
  const entries = (await readdir(path, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  return entries.sort(byName.compare).map((name) => join(path, name));
}
