import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decompress } from '@bokuweb/zstd-wasm';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveRole } from '../../../server/catalog/vocabulary.js';
import { declaredContentSize, zstdReady } from '../../../server/ingest/baton/c1z-file.js';
import type { AccountIn } from '../../../server/ingest/model.js';
import type { InputFile } from '../../../server/ingest/parser.js';
import { annotation, C1zBuilder, wrapC1z } from '../../support/baton-c1z.js';
import { BATON_SYNC_ID, salesforceC1z, writeSalesforceOrg } from '../../support/baton-org.js';
import { fixture, importError, options, parseKind } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'attest-baton-'));
let count = 0;

function file(bytes: Uint8Array, name = `sync-${(count += 1)}.c1z`): InputFile {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { path, name };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('baton: a Salesforce sync', () => {
  let org: InputFile;
  beforeAll(async () => {
    org = file(await salesforceC1z(), 'salesforce.c1z');
  });

  it('reads users of each status and account type as accounts of --app', async () => {
    const batch = await parseKind('baton', org, { app: 'Salesforce' });
    expect(batch.scope).toBe('baton:Salesforce');
    expect(batch.complete).toBe(true);
    const byName: Record<string, AccountIn> = Object.fromEntries(batch.accounts.map((a) => [a.displayName ?? '', a] as const));
    expect(Object.keys(byName).sort()).toEqual(['Ann Admin', 'Automated Process', 'Bob Viewer', 'Cara Gone', 'Integration User']);
    expect(byName['Ann Admin']).toMatchObject({
      app: { name: 'Salesforce', catalogKey: 'salesforce' },
      externalId: '0055e000001AnnAAA',
      email: 'ann.admin@example.com',
      username: 'ann.admin@example.com.acme',
      status: 'active',
      vendorStatus: 'enabled',
      kind: 'human',
      seatType: 'Salesforce',
      createdAt: '2022-01-10T09:00:00.000Z',
      lastActiveAt: '2024-06-20T08:15:00.000Z',
      activityKnown: true,
      rolesKnown: true,
    });
    // The trait's deprecated status is read when the resource has none of its own.
    expect(byName['Bob Viewer']).toMatchObject({ status: 'suspended', vendorStatus: 'disabled: frozen by admin', seatType: 'Salesforce' });
    expect(byName['Cara Gone']).toMatchObject({
      status: 'deactivated',
      vendorStatus: 'deleted',
      roles: [],
      seatType: null,
      lastActiveAt: null,
    });
    expect(byName['Integration User']).toMatchObject({ kind: 'service', email: 'integration@example.com' });
    expect(byName['Automated Process']).toMatchObject({ kind: 'service', email: null, username: 'autoproc' });
  });

  it('gives each user the roles their grants name, in the words the catalog or the connector uses', async () => {
    const batch = await parseKind('baton', org, { app: 'Salesforce' });
    const roles: Record<string, string[]> = Object.fromEntries(batch.accounts.map((a) => [a.displayName ?? '', a.roles] as const));
    expect(roles).toEqual({
      'Ann Admin': ['Finance Team member', 'Q4 Reports folder owner', 'System Administrator'],
      'Bob Viewer': ['Q4 Reports viewer', 'Read Only'],
      'Cara Gone': [],
      'Integration User': ['API Only Integrations'],
      'Automated Process': [],
    });
    const entry = options().catalog.get('salesforce');
    const privilege = (word: string) => {
      const role = resolveRole(entry, word);
      return [role.privilege, role.source];
    };
    expect(privilege('System Administrator')).toEqual(['admin', 'catalog']);
    expect(privilege('Read Only')).toEqual(['viewer', 'catalog']);
    expect(privilege('Q4 Reports folder owner')).toEqual(['admin', 'inferred']);
    expect(privilege('Q4 Reports viewer')).toEqual(['viewer', 'inferred']);
    expect(privilege('Finance Team member')).toEqual(['standard', 'inferred']);
  });

  it('takes working secrets as integrations: a personal token as the user’s, a service key as a workspace credential', async () => {
    const batch = await parseKind('baton', org, { app: 'Salesforce' });
    expect(batch.integrations).toEqual([
      {
        app: { name: 'Salesforce', catalogKey: 'salesforce', plan: null },
        name: 'Deploy pipeline key',
        mode: 'workspace',
        enabledBy: 'ann.admin@example.com',
        authorizedBy: null,
        enabledAt: '2023-03-01T12:00:00.000Z',
        lastUsedAt: '2024-06-29T23:00:00.000Z',
        scopes: [],
      },
      {
        app: { name: 'Salesforce', catalogKey: 'salesforce', plan: null },
        name: 'Bob personal token',
        mode: 'user',
        enabledBy: 'bob.viewer@example.com',
        authorizedBy: 'bob.viewer@example.com',
        enabledAt: null,
        lastUsedAt: '2024-02-01T00:00:00.000Z',
        scopes: [],
      },
      expect.objectContaining({ name: 'Board report sync', mode: 'workspace', enabledBy: 'cara.gone@example.com', authorizedBy: null }),
    ]);
  });

  it('says in its notes what it did not read: other resource types, grants to groups, seats bought, expired secrets', async () => {
    const batch = await parseKind('baton', org, { app: 'Salesforce' });
    expect(batch.notes).toEqual([
      `Read Baton sync ${BATON_SYNC_ID} (full, ended 2024-06-30 06:04:00).`,
      'Resources of types Attest does not read as accounts, seats or secrets: report_folder (1); grants of their entitlements to users are still read as roles.',
      expect.stringMatching(/^1 grant\(s\) to groups, roles or other non-user principals not read as roles/),
      expect.stringMatching(
        /^License profiles: Salesforce \(50 purchased, 3 consumed, 165\.00 USD per seat\)\. .*attest app "Salesforce" --seats/,
      ),
      '1 expired, disabled or deleted secret(s) left out.',
    ]);
    expect(batch.recordsRead).toBe(6 + 15 + 7 + 9);
  });

  it('needs --app: a v1 c1z does not name the connector it came from', async () => {
    const error = await importError(parseKind('baton', org));
    expect(error.problems[0]?.field).toBe('--app');
    expect(error.problems[0]?.message).toContain('--app is required for baton');
  });
});

describe('baton: which sync is read', () => {
  it('reads the latest finished full sync, not an older one, an unfinished one or a later partial one', async () => {
    const builder = await C1zBuilder.create();
    const old = builder.sync('sync-old', { startedAt: '2024-05-01T00:00:00Z', endedAt: '2024-05-01T00:10:00Z' });
    old.resourceType({ id: 'user', traits: ['TRAIT_USER'] });
    old.resource({
      id: { resourceType: 'user', resource: 'u-left' },
      displayName: 'Left Long Ago',
      annotations: [annotation('UserTrait', { emails: [{ address: 'left@example.com', isPrimary: true }] })],
    });
    writeSalesforceOrg(builder.sync(BATON_SYNC_ID, { startedAt: '2024-06-30T06:00:00Z', endedAt: '2024-06-30T06:04:00Z' }));
    builder.sync('sync-partial', { startedAt: '2024-06-30T07:00:00Z', endedAt: '2024-06-30T07:01:00Z', type: 'partial' });
    builder.sync('sync-running', { startedAt: '2024-06-30T08:00:00Z', endedAt: null });
    const batch = await parseKind('baton', file(await builder.c1z()), { app: 'Salesforce' });
    expect(batch.accounts.map((a) => a.email)).not.toContain('left@example.com');
    expect(batch.accounts).toHaveLength(5);
    expect(batch.notes).toContain('Later partial sync sync-partial not read: a partial sync lists only part of the app.');
  });

  it("imports users from baton-sdk's own published c1z once its sync is finished", async () => {
    // baton-sdk pkg/sync/testdata/sync-in-progress.c1z, kept byte for byte; here its one sync run is
    // marked finished (the only change) so the connector-written rows can be read.
    await zstdReady();
    const published = readFileSync(fixture('baton', 'published', 'sync-in-progress.c1z').path);
    const SQL = await initSqlJs();
    const db = new SQL.Database(decompress(published.subarray(5)));
    db.run("update v1_sync_runs set ended_at = '2026-03-03 09:46:00.000000'");
    const finished = await wrapC1z(db.export());
    db.close();
    const batch = await parseKind('baton', file(finished), { app: 'Baton Test App' });
    expect(batch.accounts).toHaveLength(10);
    expect(batch.accounts[0]).toMatchObject({
      app: { name: 'Baton Test App', catalogKey: null },
      externalId: 'user-0000000',
      email: 'user-0000000@example.com',
      username: 'user-0000000',
      displayName: 'User 0000000',
      status: 'active',
      kind: 'human',
    });
    expect(batch.notes).toContainEqual(expect.stringContaining('project (25)'));
  });
});

describe('baton: the zstd frame', () => {
  /** The frame re-headed without its content size, as a streaming writer leaves it (a 16 MiB window instead). */
  function withoutContentSize(frame: Uint8Array): Uint8Array {
    const descriptor = frame[4] ?? 0;
    const singleSegment = (descriptor & 0x20) !== 0;
    const sizeFlag = descriptor >> 6;
    const sizeBytes = sizeFlag === 0 ? (singleSegment ? 1 : 0) : 1 << sizeFlag;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 0x03] ?? 0;
    const blocks = frame.subarray(5 + (singleSegment ? 0 : 1) + dictionaryBytes + sizeBytes);
    return Uint8Array.from([...frame.subarray(0, 4), descriptor & 0x04, 0x70, ...blocks]);
  }

  it('reads a frame that declares its size, and one that does not', async () => {
    const c1z = await salesforceC1z();
    const frame = c1z.subarray(5);
    const builder = await C1zBuilder.create();
    writeSalesforceOrg(builder.sync(BATON_SYNC_ID, { startedAt: '2024-06-30T06:00:00Z', endedAt: '2024-06-30T06:04:00Z' }));
    expect(declaredContentSize(frame)).toBe(builder.database().length);
    const streamed = Uint8Array.from([...c1z.subarray(0, 5), ...withoutContentSize(frame)]);
    expect(declaredContentSize(streamed.subarray(5))).toBeNull();
    const batch = await parseKind('baton', file(streamed), { app: 'Salesforce' });
    expect(batch.accounts).toHaveLength(5);
  });
});

describe('baton: a file that is not a readable sync is refused whole', () => {
  async function refusal(bytes: Uint8Array): Promise<string> {
    const error = await importError(parseKind('baton', file(bytes), { app: 'Salesforce' }));
    expect(error.problems).toHaveLength(1);
    return error.message;
  }

  it('refuses a file without the c1z header', async () => {
    expect(await refusal(new TextEncoder().encode('email,role\nann@example.com,Admin\n'))).toContain(
      'not a Baton .c1z file: expected the header bytes 43 31 5a 46 00 ("C1ZF\\0"), found 65 6d 61 69 6c',
    );
  });

  it('refuses a v3 (Pebble) c1z, saying how to get a v1 one', async () => {
    expect(await refusal(Uint8Array.from([0x43, 0x31, 0x5a, 0x33, 0x00, 1, 2, 3]))).toContain('--storage-engine sqlite');
  });

  it('refuses a corrupt zstd stream', async () => {
    const good = await salesforceC1z();
    const cut = good.slice(0, Math.floor(good.length / 2));
    expect(await refusal(cut)).toMatch(/the zstd stream is corrupt or cut short/);
    const flipped = good.slice();
    for (let i = 200; i < 260; i += 1) flipped[i] = (flipped[i] ?? 0) ^ 0x5a;
    expect(await refusal(flipped)).toMatch(/zstd stream is corrupt|does not hold a SQLite database|cannot be read|do not decode/);
  });

  it('refuses a database without one of Baton’s tables', async () => {
    const builder = await C1zBuilder.create();
    writeSalesforceOrg(builder.sync(BATON_SYNC_ID, { startedAt: '2024-06-30T06:00:00Z', endedAt: '2024-06-30T06:04:00Z' }));
    builder.exec('drop table v1_grants');
    expect(await refusal(await builder.c1z())).toContain('the database is not a Baton sync (table v1_grants is missing)');
  });

  it('refuses a row whose message does not decode, naming its table and row', async () => {
    const builder = await C1zBuilder.create();
    const sync = builder.sync(BATON_SYNC_ID, { startedAt: '2024-06-30T06:00:00Z', endedAt: '2024-06-30T06:04:00Z' });
    writeSalesforceOrg(sync);
    sync.rawResource('user:broken', Uint8Array.from([0x0a, 0xff, 0xff, 0xff, 0x0f]));
    const error = await importError(parseKind('baton', file(await builder.c1z()), { app: 'Salesforce' }));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ record: 'v1_resources row 16', field: 'data' });
    expect(error.problems[0]?.message).toContain('expected a protobuf c1.connector.v2.Resource, the bytes do not decode');
  });

  it('refuses a trait annotation that does not decode', async () => {
    const builder = await C1zBuilder.create();
    const sync = builder.sync(BATON_SYNC_ID, { startedAt: '2024-06-30T06:00:00Z', endedAt: '2024-06-30T06:04:00Z' });
    sync.resourceType({ id: 'user', traits: ['TRAIT_USER'] });
    sync.resource({
      id: { resourceType: 'user', resource: 'u1' },
      annotations: [{ type_url: 'type.googleapis.com/c1.connector.v2.UserTrait', value: Uint8Array.from([0x12, 0x05, 0x08]) }],
    });
    const error = await importError(parseKind('baton', file(await builder.c1z()), { app: 'Salesforce' }));
    expect(error.problems[0]).toMatchObject({ record: 'v1_resources row 1', field: 'annotations (UserTrait)' });
  });

  it("refuses baton-sdk's published c1z whose sync never finished", async () => {
    const error = await importError(parseKind('baton', fixture('baton', 'published', 'sync-in-progress.c1z'), { app: 'Baton Test App' }));
    expect(error.message).toContain(
      'the file holds no finished full sync to read: 3ARefY5G8eOytquwYgm41Nq07IZ (full, started 2026-03-03 09:45:13.056791, not finished)',
    );
  });
});
