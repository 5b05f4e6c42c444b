import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { InputFile } from './parser.js';

/** SHA-256 over the input files in order (streamed), so a SyncRun names exactly what was imported. */
export async function digestFiles(files: InputFile[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    for await (const chunk of createReadStream(file.path)) hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}
