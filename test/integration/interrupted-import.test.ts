import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const HR_HEADER = 'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date';
const ADA = 'E1,Ada,Lovelace,ada@acme.com,Engineering,CTO,,Active,2020-01-06,';
const KATHERINE = 'E2,Katherine,Johnson,katherine@acme.com,Engineering,Engineer,ada@acme.com,Active,2026-11-02,';
const JASPER = [
  'Email,Name,Role,Status,Invited at,Last active',
  'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
  'katherine@acme.com,Katherine Johnson,Member,Active,,2026-11-19',
];

interface SourcesAnswer {
  sources: { scope: string; reconciling: boolean }[];
  syncRuns: { scope: string; status: string; reconciling: boolean }[];
}
const SOURCES = `{ sources { scope reconciling } syncRuns(first: 10) { scope status reconciling } }`;

describe('an import whose process dies between its write and its reconciliation', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-interrupted-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const file = (name: string, lines: string[]): { path: string; name: string } => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return { path, name };
  };
  const orphanedAccounts = async (): Promise<unknown[]> =>
    (await connection.graph.read(`MATCH (f:Finding {type: 'orphaned_account'}) RETURN f.accountEmail AS account ORDER BY account`)).map(
      (row) => row.account,
    );

  beforeAll(async () => {
    connection = await freshGraph();
    await importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [file('hr.csv', [HR_HEADER, ADA])] });
    await importSource(connection.graph, catalog, now, { kind: 'accounts-csv', app: 'Jasper', files: [file('jasper.csv', JASPER)] });
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is reported as reconciling, and the next command reconciles it, corrects the findings and clears the flag', async () => {
    const api = await apiClient(connection.graph);
    expect(await orphanedAccounts()).toEqual(['katherine@acme.com']);

    // What a crash right after the write leaves: the import's transaction committed, nothing after it ran.
    const interrupted = await importSource(connection.graph, catalog, now, {
      kind: 'hr-csv',
      files: [file('hr-2.csv', [HR_HEADER, ADA, KATHERINE])],
      reconcile: false,
    });
    expect(interrupted.run.status).toBe('succeeded');
    expect(await orphanedAccounts()).toEqual(['katherine@acme.com']);
    const before = await api<SourcesAnswer>(SOURCES);
    expect(before.errors).toBeNull();
    expect(before.data?.sources).toHaveLength(2);
    expect(before.data?.sources.filter((source) => source.reconciling)).toEqual([{ scope: 'hr-csv', reconciling: true }]);
    expect(before.data?.syncRuns.filter((run) => run.reconciling)).toEqual([{ scope: 'hr-csv', status: 'succeeded', reconciling: true }]);

    const command = spawnSync(process.execPath, [bin, 'findings', '--type', 'orphaned_account', '--format', 'json'], {
      env: { ...process.env, ...testDatabaseEnv(), ATTEST_NOW: TEST_NOW },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(command.status, command.stderr).toBe(0);
    expect(command.stderr).toContain('Reconciling an import left unreconciled');
    expect(JSON.parse(command.stdout)).toEqual([]);

    expect(await orphanedAccounts()).toEqual([]);
    const owner = await connection.graph.read(
      `MATCH (:Account {email: 'katherine@acme.com'})-[:BELONGS_TO]->(p:Person) RETURN p.email AS email`,
    );
    expect(owner).toEqual([{ email: 'katherine@acme.com' }]);
    const after = await api<SourcesAnswer>(SOURCES);
    expect(after.data?.sources.every((source) => !source.reconciling)).toBe(true);
    expect(after.data?.syncRuns.every((run) => !run.reconciling)).toBe(true);

    const again = spawnSync(process.execPath, [bin, 'sources', '--json'], {
      env: { ...process.env, ...testDatabaseEnv(), ATTEST_NOW: TEST_NOW },
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).not.toContain('Reconciling');
  });
});
