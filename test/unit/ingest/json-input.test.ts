import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listInputFiles } from '../../../server/ingest/input/files.js';
import { findJsonSyntaxProblem } from '../../../server/ingest/input/json-syntax.js';
import { importError, parseKind } from './helpers.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attest-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, text: string): Promise<{ path: string; name: string }> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  return { path, name };
}

const slackMember = (id: string, name: string) => ({
  id,
  team_id: 'T1',
  name,
  deleted: false,
  real_name: name,
  profile: { email: `${name}@acme.example` },
  is_bot: false,
  updated: 1718000000,
});

describe('findJsonSyntaxProblem', () => {
  it.each([
    ['[1, 2', 1, 6, 'truncated'],
    ['{\n  "a": 1,\n  "b": 2,\n}', 3, 9, 'trailing comma'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}"'],
    ['[{"a": "x\ny"}]', 1, 10, 'raw line break'],
    ['[1] [2]', 1, 5, 'after the end'],
  ])('locates the problem in %j', (text, line, column, words) => {
    expect(JSON.parse(JSON.stringify(findJsonSyntaxProblem(text)))).toMatchObject({
      line,
      column,
      message: expect.stringContaining(words) as string,
    });
  });

  it('finds nothing wrong with valid JSON', () => {
    expect(findJsonSyntaxProblem('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBeNull();
  });
});

describe('JSON pages', () => {
  it('accepts a bare array and each vendor envelope', async () => {
    const members = [slackMember('U1', 'ann'), slackMember('U2', 'bob')];
    for (const text of [JSON.stringify(members), JSON.stringify({ ok: true, members, response_metadata: { next_cursor: '' } })]) {
      const batch = await parseKind('slack-users', await file('slack.json', text));
      expect(batch.accounts.map((a) => a.username)).toEqual(['ann', 'bob']);
    }
  });

  it('reads a folder of pages in numeric name order and names every page in messages', async () => {
    await file('pages/page-10.json', JSON.stringify({ ok: true, members: [slackMember('U3', 'cy')] }));
    await file(
      'pages/page-2.json',
      JSON.stringify({ ok: true, members: [slackMember('U2', 'bob')], response_metadata: { next_cursor: 'dXNlcjpVMDYxTkZUVDI=' } }),
    );
    await file(
      'pages/page-1.json',
      JSON.stringify({ ok: true, members: [slackMember('U1', 'ann')], response_metadata: { next_cursor: 'dXNlcjpVMEc5V0ZYTlo=' } }),
    );
    const batch = await parseKind('slack-users', { path: join(dir, 'pages'), name: 'pages' });
    expect(batch.accounts.map((a) => a.username)).toEqual(['ann', 'bob', 'cy']);
    const listed = await listInputFiles(join(dir, 'pages'), ['.json'], 'pages');
    expect(listed.map((f) => f.name)).toEqual(['pages/page-1.json', 'pages/page-2.json', 'pages/page-10.json']);
  });

  it('names duplicate ids across pages by file and record', async () => {
    await file('dups/a.json', JSON.stringify([slackMember('U1', 'ann')]));
    await file('dups/b.json', JSON.stringify([slackMember('U2', 'bob'), slackMember('U1', 'ann')]));
    const error = await importError(parseKind('slack-users', { path: join(dir, 'dups'), name: 'dups' }));
    expect(error.message).toBe(
      'dups/b.json, record 1 (id U1), field "id": duplicate Slack user id "U1": also at dups/a.json record 0 (id U1)',
    );
  });

  it('rejects an empty folder, a folder with other files, an empty page and a saved API error', async () => {
    await mkdir(join(dir, 'none'), { recursive: true });
    expect((await importError(parseKind('slack-users', { path: join(dir, 'none'), name: 'none' }))).message).toBe(
      'none: folder is empty: expected .json page files',
    );
    await file('mixed/page-1.json', JSON.stringify([slackMember('U1', 'ann')]));
    await file('mixed/page-2.json.gz', 'x');
    expect((await importError(parseKind('slack-users', { path: join(dir, 'mixed'), name: 'mixed' }))).message).toContain('page-2.json.gz');
    const blank = await file('blank.json', '  \n');
    expect((await importError(parseKind('slack-users', blank))).message).toBe('blank.json: file is empty (only whitespace)');
    const failed = await file('error.json', JSON.stringify({ ok: false, error: 'missing_scope', needed: 'users:read' }));
    expect((await importError(parseKind('slack-users', failed))).message).toContain(
      'the file is an API error response, not data: Slack error "missing_scope"',
    );
  });

  it('reports a record of the wrong type and an unknown envelope', async () => {
    const odd = await file('odd.json', JSON.stringify({ data: [1] }));
    expect((await importError(parseKind('slack-users', odd))).message).toContain(
      'expected an array of records, or an object with "members" holding them; found an object with keys: data',
    );
    const mixed = await file('mixed-records.json', JSON.stringify([slackMember('U1', 'ann'), 'U2']));
    expect((await importError(parseKind('slack-users', mixed))).message).toBe(
      'mixed-records.json, record 1: expected a record (an object), found string "U2"',
    );
  });

  it('names the fields a kind needs when record 0 fits no kind at all', async () => {
    const odd = await file('unknown-shape.json', JSON.stringify([{ uuid: 'x', mail: 'a@acme.example' }]));
    expect((await importError(parseKind('okta-users', odd))).message).toBe(
      'unknown-shape.json, record 0: record 0 has none of the fields an okta-users record needs (id, status, profile.login); its fields are: uuid, mail',
    );
  });

  it('reports a wrong-typed field with what was expected and found', async () => {
    const bad = await file(
      'typed.json',
      JSON.stringify([{ ...slackMember('U1', 'ann'), deleted: 'sometimes', profile: { email: 'ann at acme' } }]),
    );
    const error = await importError(parseKind('slack-users', bad));
    expect(error.message).toContain('typed.json, record 0 (id U1), field "deleted": expected true or false, found string "sometimes"');
    expect(error.message).toContain(
      'typed.json, record 0 (id U1), field "profile.email": expected an email address like name@example.com, found "ann at acme"',
    );
  });
});
