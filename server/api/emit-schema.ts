import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../config/repo-root.js';
import { printWebFindingTypes } from './print-finding-types.js';
import { printApiSchema } from './print-schema.js';

/** Writes schema/schema.graphql and the dashboard's finding types; a test fails when a committed file differs from this output. */
const outputs: [string, string][] = [
  [join(repoRoot(), 'schema', 'schema.graphql'), await printApiSchema()],
  [join(repoRoot(), 'web', 'generated', 'finding-types.ts'), printWebFindingTypes()],
];
for (const [target, text] of outputs) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
