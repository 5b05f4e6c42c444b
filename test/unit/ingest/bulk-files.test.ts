import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER } from '../../../server/graph/embedded/bulk-import-format.js';
import { BulkFiles } from '../../../server/ingest/bulk/bulk-files.js';

describe('the bulk load files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-bulk-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes typed headers, one id space per group, absent values as empty cells and relationships by the ids of their ends', async () => {
    const files = new BulkFiles(dir);
    files.declareNodes('Person', ['Person'], 'Person', true, [
      { property: 'email', type: 'string' },
      { property: 'alternateEmails', type: 'string[]' },
    ]);
    files.declareNodes('run', ['SyncRun'], 'Carried', false, [{ property: 'id', type: 'string' }]);
    await files.node('Person', 'E1', [
      { property: 'id', type: 'string', value: 'E1' },
      { property: 'email', type: 'string', value: 'ann@acme.example' },
    ]);
    await files.node('Person', 'E2', [
      { property: 'id', type: 'string', value: 'E2' },
      { property: 'alternateEmails', type: 'string[]', value: ['b@acme.example', 'c@acme.example'] },
    ]);
    await files.node('run', '4:abc:0', [{ property: 'id', type: 'string', value: 'run-1' }]);
    await files.relationship('REPORTS_TO', { space: 'Person', key: 'E2' }, { space: 'Person', key: 'E1' });
    const groups = await files.close();

    expect(groups.nodes.map((group) => group.labels)).toEqual([['Person'], ['SyncRun']]);
    expect(groups.relationships.map((group) => group.type)).toEqual(['REPORTS_TO']);
    const [people, runs] = groups.nodes.map((group) => readFileSync(group.files[0] ?? '', 'utf8'));
    expect(people).toBe(
      `id:ID(Person),email:string,alternateEmails:string[]\n"E1","ann@acme.example",\n"E2",,"b@acme.example${ARRAY_DELIMITER}c@acme.example"\n`,
    );
    expect(runs).toBe(':ID(Carried),id:string\n"4:abc:0","run-1"\n');
    expect(readFileSync(groups.relationships[0]?.files[0] ?? '', 'utf8')).toBe(':START_ID(Person),:END_ID(Person)\n"E2","E1"\n');
    expect([files.nodes, files.relationships]).toEqual([3, 1]);
  });

  it('refuses a value its column does not hold instead of writing a different node', async () => {
    const files = new BulkFiles(dir);
    files.declareNodes('Person', ['Person'], 'Person', true, [{ property: 'email', type: 'string' }]);
    const id = { property: 'id', type: 'string', value: 'E1' } as const;
    await expect(files.node('Person', 'E1', [id, { property: 'title', type: 'string', value: 'CTO' }])).rejects.toThrow(
      /no column for: title/,
    );
    await expect(files.node('Person', 'E1', [id, { property: 'email', type: 'boolean', value: true }])).rejects.toThrow(
      /email is a boolean/,
    );
    await expect(files.node('Person', 'E2', [id])).rejects.toThrow(/not its key E2/);
    await files.close();
  });
});
