import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printWebFindingTypes } from '../../server/api/print-finding-types.js';
import { printApiSchema } from '../../server/api/print-schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the server builds (run `npm run schema:emit` after changing server/api)', async () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});

describe('web/generated/finding-types.ts', () => {
  it('matches the registered finding rules (run `npm run schema:emit` after changing server/findings/rules)', () => {
    const committed = readFileSync(new URL('../../web/generated/finding-types.ts', import.meta.url), 'utf8');
    expect(committed).toBe(printWebFindingTypes());
  });
});
