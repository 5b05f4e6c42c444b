/**
 * `attest serve --baton-dir`: the rounds the server runs over a folder a Baton connector writes
 * .c1z files into (built here with the c1z builder, as the baton import tests build them), against
 * the embedded Neo4j: a new file is imported once, the same bytes are not imported again, changed
 * bytes are, and a file that is not a whole c1z is skipped or refused while the previous data stays.
 */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { syncBatonFolder, type BatonFileOutcome } from '../../server/connectors/baton-folder/sync-baton-folder.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient } from '../support/api.js';
import { C1zBuilder } from '../support/baton-c1z.js';
import { BATON_RUNS, LEFT_BEHIND } from '../support/baton-folder.queries.js';
import { APP_ACCOUNTS } from '../support/baton-import.queries.js';
import { BATON_SYNC_ID, salesforceC1z, writeSalesforceOrg } from '../support/baton-org.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { graphDigest } from '../support/graph-digest.js';

const accountRow = z.object({ externalId: z.string(), removed: z.boolean() }).passthrough();
const runRow = z.object({ scope: z.string(), status: z.string(), files: z.array(z.string()), errors: z.array(z.string()) });

const BATON_FILES = `{ batonFiles { name app status error importedAt importedSha256 syncRunId } }`;
interface BatonFilesData {
  batonFiles: {
    name: string;
    app: string;
    status: string;
    error: string | null;
    importedAt: string | null;
    importedSha256: string | null;
    syncRunId: string | null;
  }[];
}

/** The org after Bob's personal token was revoked in Salesforce: the same sync otherwise. */
async function salesforceWithoutBobsToken(): Promise<Uint8Array> {
  const builder = await C1zBuilder.create();
  writeSalesforceOrg(builder.sync(BATON_SYNC_ID, { startedAt: '2024-07-02T06:00:00Z', endedAt: '2024-07-02T06:04:00Z' }));
  return builder.exec(`delete from v1_resources where external_id = 'api_key:key-bob'`).c1z();
}

/** The org after the system user was deleted in Salesforce: the same sync otherwise. */
async function salesforceWithoutSystemUser(): Promise<Uint8Array> {
  const builder = await C1zBuilder.create();
  writeSalesforceOrg(builder.sync(BATON_SYNC_ID, { startedAt: '2024-07-01T06:00:00Z', endedAt: '2024-07-01T06:04:00Z' }));
  return builder.exec(`delete from v1_resources where external_id = 'user:0055e000001SysAAA'`).c1z();
}

describe('the watched Baton folder', () => {
  let connection: GraphConnection;
  let full: Uint8Array;
  const dir = mkdtempSync(join(tmpdir(), 'attest-baton-dir-'));
  const file = join(dir, 'salesforce-prod.c1z');
  const catalog = loadCatalog();
  const now = (): Date => new Date(TEST_NOW);
  const lines: string[] = [];

  const round = (): Promise<BatonFileOutcome[]> => syncBatonFolder(connection.graph, catalog, now, dir, (line) => lines.push(line));
  const accounts = () => readRows(connection.graph, APP_ACCOUNTS, { app: 'Salesforce' }, accountRow, 'baton-folder-accounts');
  const runs = () => readRows(connection.graph, BATON_RUNS, {}, runRow, 'baton-folder-runs');
  const leftBehind = () =>
    readRows(
      connection.graph,
      LEFT_BEHIND,
      { app: 'Salesforce' },
      z.object({ account: z.string().nullable(), reason: z.string(), findings: z.number() }),
      'baton-folder-left-behind',
    );
  const files = async (): Promise<BatonFilesData['batonFiles']> => {
    const result = await (await apiClient(connection.graph))<BatonFilesData>(BATON_FILES);
    expect(result.errors).toBeNull();
    return result.data?.batonFiles ?? [];
  };

  beforeAll(async () => {
    connection = await freshGraph();
    full = await salesforceC1z();
  }, 120_000);

  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a dropped file once, as the app baton.json names', async () => {
    writeFileSync(join(dir, 'baton.json'), JSON.stringify({ 'salesforce-prod.c1z': 'Salesforce' }));
    writeFileSync(file, full);
    const [outcome] = await round();
    expect(outcome).toMatchObject({
      name: 'salesforce-prod.c1z',
      app: 'Salesforce',
      outcome: 'imported',
      message: '8 added, 0 updated, 0 removed',
    });
    expect((await accounts()).map((a) => [a.externalId, a.removed])).toEqual([
      ['0055e000001AnnAAA', false],
      ['0055e000001BobAAA', false],
      ['0055e000001CarAAA', false],
      ['0055e000001SvcAAA', false],
      ['0055e000001SysAAA', false],
    ]);
    expect(await runs()).toEqual([{ scope: 'baton:Salesforce', status: 'succeeded', files: ['salesforce-prod.c1z'], errors: [] }]);
    const [shown] = await files();
    expect(shown).toMatchObject({ name: 'salesforce-prod.c1z', app: 'Salesforce', status: 'imported', error: null, importedAt: TEST_NOW });
    expect(shown?.importedSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not import the same bytes again, even when the file is touched', async () => {
    const before = await graphDigest(connection.graph);
    expect((await round()).map((o) => o.outcome)).toEqual(['unchanged']);
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect((await round()).map((o) => o.outcome)).toEqual(['unchanged']);
    expect(await runs()).toHaveLength(1);
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it('imports a changed file: the user Salesforce no longer lists is marked removed', async () => {
    const [first] = await files();
    writeFileSync(file, await salesforceWithoutSystemUser());
    const [outcome] = await round();
    expect(outcome).toMatchObject({ outcome: 'imported', message: expect.stringContaining('1 removed') as string });
    expect((await accounts()).find((a) => a.externalId === '0055e000001SysAAA')?.removed).toBe(true);
    expect((await runs()).map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    const [shown] = await files();
    expect(shown?.importedSha256).not.toBe(first?.importedSha256);
    expect(shown?.syncRunId).not.toBe(first?.syncRunId);
  });

  it('skips a file that is no c1z yet, and records a cut-short one as a failed import, keeping the previous data', async () => {
    const before = await graphDigest(connection.graph);
    const [imported] = await files();

    writeFileSync(file, Buffer.from('PK\u0003\u0004 not a baton file'));
    const [garbage] = await round();
    expect(garbage).toMatchObject({ outcome: 'skipped', message: expect.stringContaining('not a Baton .c1z file') as string });
    expect(await runs()).toHaveLength(2);
    expect((await files())[0]).toMatchObject({
      status: 'skipped',
      error: expect.stringContaining('50 4b 03 04') as string,
      importedSha256: imported?.importedSha256,
    });

    writeFileSync(file, full.subarray(0, Math.floor(full.length / 2)));
    const [cut] = await round();
    expect(cut).toMatchObject({ outcome: 'failed', message: expect.stringContaining('cut short') as string });
    const failed = (await runs()).at(-1);
    expect(failed).toMatchObject({ scope: 'baton:Salesforce', status: 'failed', files: ['salesforce-prod.c1z'] });
    expect(failed?.errors.join('\n')).toContain('cut short');
    expect((await files())[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('cut short') as string });
    // The same refused bytes are not tried again every round.
    expect((await round()).map((o) => o.outcome)).toEqual(['unchanged']);
    expect(await runs()).toHaveLength(3);
    expect(await graphDigest(connection.graph)).toBe(before);

    writeFileSync(file, full);
    const [whole] = await round();
    expect(whole).toMatchObject({ outcome: 'imported', message: '0 added, 1 updated, 0 removed' });
    expect((await accounts()).every((a) => !a.removed)).toBe(true);
    expect(lines.some((line) => line.includes('baton salesforce-prod.c1z (Salesforce): skipped'))).toBe(true);
  });

  it('forgets a file taken out of the folder; what it imported stays', async () => {
    rmSync(file);
    expect(await round()).toEqual([]);
    expect(await files()).toEqual([]);
    expect(await accounts()).toHaveLength(5);
  });

  it('a leaver’s token is an integration left behind until the next Baton file no longer lists it, then the finding is gone', async () => {
    const hr = join(dir, 'hr.csv');
    writeFileSync(
      hr,
      [
        'Employee #,First Name,Last Name,Work Email,Alternate Emails,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date',
        '2001,Ann,Admin,ann.admin@example.com,,Finance,Controller,,Active,01/10/2022,',
        '2002,Bob,Viewer,bob.viewer@example.com,,Finance,Analyst,ann.admin@example.com,Terminated,03/15/2023,10/30/2026',
      ].join('\n'),
    );
    await importSource(connection.graph, catalog, now(), { kind: 'hr-csv', files: [{ path: hr, name: 'hr.csv' }] });
    rmSync(hr);
    writeFileSync(file, full);
    expect((await round()).map((o) => o.outcome)).toEqual(['imported']);
    expect(await leftBehind()).toEqual([
      { account: '0055e000001BobAAA', reason: expect.stringContaining('Bob personal token in Salesforce was') as string, findings: 1 },
      {
        account: '0055e000001CarAAA',
        reason: expect.stringContaining('Board report sync in Salesforce was enabled by') as string,
        findings: 1,
      },
    ]);

    writeFileSync(file, await salesforceWithoutBobsToken());
    const [outcome] = await round();
    expect(outcome).toMatchObject({ outcome: 'imported', message: expect.stringContaining('1 removed') as string });
    expect(await leftBehind()).toEqual([
      { account: '0055e000001CarAAA', reason: expect.stringContaining('Board report sync') as string, findings: 1 },
    ]);
  });
});
