import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/repo-root.js';

/** "Attest 0.1.0": what generated an evidence export, from package.json. */
export function generatorName(): string {
  const parsed: unknown = JSON.parse(readFileSync(join(repoRoot(), 'package.json'), 'utf8'));
  const version =
    typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string' ? parsed.version : 'unknown';
  return `Attest ${version}`;
}
