import { generate } from '@graphql-codegen/cli';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import config from '../../codegen.js';

/** What generate() returns (it is typed `any`): the files it would write. */
const generatedFiles = z.array(z.object({ filename: z.string(), content: z.string() }));

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('web/graphql/', () => {
  it('is what `npm run codegen` makes of schema/schema.graphql and the web documents today', async () => {
    const outputs = generatedFiles.parse(await generate({ ...config, cwd: root, silent: true }, false));
    const generated = Object.fromEntries(outputs.map(({ filename, content }) => [filename, content]));
    const committed = Object.fromEntries(
      readdirSync(join(root, 'web/graphql')).map((name) => [`web/graphql/${name}`, readFileSync(join(root, 'web/graphql', name), 'utf8')]),
    );
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [filename, content] of Object.entries(generated)) {
      expect(committed[filename], `${filename} is stale: run \`npm run codegen\``).toBe(content);
    }
  }, 60_000);
});
