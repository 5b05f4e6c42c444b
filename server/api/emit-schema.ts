import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/repo-root.js';
import { printApiSchema } from './print-schema.js';

/** Writes schema/schema.graphql; a test fails when the committed file differs from this output. */
const target = join(repoRoot(), 'schema', 'schema.graphql');
writeFileSync(target, await printApiSchema());
console.log(`wrote ${target}`);
