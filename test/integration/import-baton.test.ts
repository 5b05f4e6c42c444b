/**
 * `attest import baton` as a user runs it: a Baton .c1z (built here from baton-sdk's published
 * schema and table layout) imported through the CLI into the embedded Neo4j, then imported again
 * unchanged; baton-sdk's own published c1z, whose sync never finished, refused whole.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { salesforceC1z } from '../support/baton-org.js';
import { APP_ACCOUNTS, APP_FINDINGS, APP_INTEGRATIONS, APP_ROLES } from '../support/baton-import.queries.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { graphDigest } from '../support/graph-digest.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const published = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'baton', 'published', 'sync-in-progress.c1z');

const runShape = z.object({
  status: z.string(),
  scope: z.string(),
  complete: z.boolean(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  removed: z.number(),
  notes: z.array(z.string()),
});

describe('attest import baton', () => {
  let connection: GraphConnection;
  const work = mkdtempSync(join(tmpdir(), 'attest-baton-'));
  const file = join(work, 'salesforce.c1z');
  const env = { ...process.env, ...testDatabaseEnv(), ATTEST_NOW: TEST_NOW, ATTEST_DATA_DIR: join(work, 'data') };

  function attest(...args: string[]): { code: number | null; stdout: string; output: string } {
    const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 300_000 });
    return { code: result.status, stdout: result.stdout, output: `${result.stdout}${result.stderr}` };
  }

  function importFile(path: string): z.output<typeof runShape> {
    const result = attest('import', 'baton', path, '--app', 'Salesforce', '--json');
    expect(result.code, result.output).toBe(0);
    return runShape.parse(JSON.parse(result.stdout));
  }

  const app = { app: 'Salesforce' };

  beforeAll(async () => {
    connection = await freshGraph();
    writeFileSync(file, await salesforceC1z());
  }, 120_000);

  afterAll(async () => {
    await connection.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('writes the sync’s users as accounts with their status, kind, activity, roles and seat', async () => {
    const run = importFile(file);
    expect(run).toMatchObject({ status: 'succeeded', scope: 'baton:Salesforce', complete: true, removed: 0 });
    expect(run.notes).toContainEqual(expect.stringContaining('License profiles: Salesforce (50 purchased, 3 consumed'));

    const accounts = await readRows(
      connection.graph,
      APP_ACCOUNTS,
      app,
      z.object({
        externalId: z.string(),
        email: z.string().nullable(),
        status: z.string(),
        vendorStatus: z.string(),
        kind: z.string(),
        activityKnown: z.boolean(),
        lastActiveAt: z.string().nullable(),
        removed: z.boolean(),
        roles: z.array(z.string()),
        seat: z.string().nullable(),
      }),
      'baton-accounts',
    );
    const salesforceDefaultSeat = 'Salesforce';
    expect(accounts).toEqual([
      {
        externalId: '0055e000001AnnAAA',
        email: 'ann.admin@example.com',
        status: 'active',
        vendorStatus: 'enabled',
        kind: 'human',
        activityKnown: true,
        lastActiveAt: '2024-06-20T08:15:00Z',
        removed: false,
        roles: ['Finance Team member', 'Q4 Reports folder owner', 'System Administrator'],
        seat: 'Salesforce',
      },
      expect.objectContaining({
        externalId: '0055e000001BobAAA',
        status: 'suspended',
        roles: ['Q4 Reports viewer', 'Read Only'],
        seat: 'Salesforce',
      }),
      expect.objectContaining({ externalId: '0055e000001CarAAA', status: 'deactivated', kind: 'human', roles: [] }),
      expect.objectContaining({ externalId: '0055e000001SvcAAA', status: 'active', kind: 'service', roles: ['API Only Integrations'] }),
      expect.objectContaining({ externalId: '0055e000001SysAAA', email: null, kind: 'service', seat: salesforceDefaultSeat }),
    ]);

    const roles = await readRows(
      connection.graph,
      APP_ROLES,
      app,
      z.object({ name: z.string(), privilege: z.string(), privilegeSource: z.string() }),
      'baton-roles',
    );
    expect(roles.map((r) => [r.name, r.privilege, r.privilegeSource])).toEqual([
      ['API Only Integrations', 'standard', 'inferred'],
      ['Finance Team member', 'standard', 'inferred'],
      ['Q4 Reports folder owner', 'admin', 'inferred'],
      ['Q4 Reports viewer', 'viewer', 'inferred'],
      ['Read Only', 'viewer', 'catalog'],
      ['System Administrator', 'admin', 'catalog'],
    ]);
  });

  it('links each secret to the account that enabled or authorized it, and flags one whose creator is gone', async () => {
    const integrations = await readRows(
      connection.graph,
      APP_INTEGRATIONS,
      app,
      z.object({ name: z.string(), mode: z.string(), by: z.array(z.string()) }),
      'baton-integrations',
    );
    expect(integrations).toEqual([
      { name: 'Board report sync', mode: 'workspace', by: ['ENABLED_BY cara.gone@example.com'] },
      { name: 'Bob personal token', mode: 'user', by: ['AUTHORIZED_BY bob.viewer@example.com', 'ENABLED_BY bob.viewer@example.com'] },
      { name: 'Deploy pipeline key', mode: 'workspace', by: ['ENABLED_BY ann.admin@example.com'] },
    ]);
    const findings = await readRows(
      connection.graph,
      APP_FINDINGS,
      app,
      z.object({ type: z.string(), account: z.string().nullable() }),
      'baton-findings',
    );
    expect(findings).toContainEqual({ type: 'integration_left_behind', account: '0055e000001CarAAA' });
    expect(findings).toContainEqual({ type: 'suspended_seat', account: '0055e000001BobAAA' });
    expect(findings).toContainEqual({ type: 'inactive_user', account: '0055e000001AnnAAA' });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await graphDigest(connection.graph);
    const run = importFile(file);
    expect(run).toMatchObject({ status: 'succeeded', added: 0, updated: 0, removed: 0 });
    expect(run.unchanged).toBeGreaterThan(0);
    expect(await graphDigest(connection.graph)).toBe(before);
  });

  it("refuses baton-sdk's published c1z whose sync never finished, writing nothing", async () => {
    const before = await graphDigest(connection.graph);
    const result = attest('import', 'baton', published, '--app', 'Salesforce');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('the import was rejected and nothing was written');
    expect(result.output).toContain('the file holds no finished full sync to read');
    expect(await graphDigest(connection.graph)).toBe(before);
  });
});
