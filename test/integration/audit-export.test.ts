import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import { addUser, setUserRole } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp } from '../../server/http/app.js';
import { applyAppSettings } from '../../server/ingest/app-settings.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { listen, signIn, type ListeningApp } from '../support/signed-in-http.js';

const PASSWORD = 'correct horse battery staple';

describe('the audit log as a person reads it: names, changes, actions and its CSV', () => {
  let connection: GraphConnection;
  let http: ListeningApp;
  const dir = mkdtempSync(join(tmpdir(), 'attest-audit-export-'));
  const previousNow = process.env.ATTEST_NOW;
  const now = new Date(TEST_NOW);

  beforeAll(async () => {
    process.env.ATTEST_NOW = TEST_NOW;
    connection = await freshGraph();
    const catalog = loadCatalog();
    const jasper = join(dir, 'jasper.csv');
    writeFileSync(jasper, 'Email,Name,Role,Status\nada@acme.com,Ada Lovelace,Admin,Active\n');
    await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [{ path: jasper, name: 'jasper.csv' }],
    });
    await applyAppSettings(connection.graph, catalog, { name: 'Jasper', catalogKey: 'jasper', seats: { Seat: 12 } });
    await addUser(
      connection.graph,
      { email: 'ada@acme.com', role: 'admin', displayName: 'Ada Admin', password: PASSWORD },
      cliActor(),
      now,
    );
    await addUser(
      connection.graph,
      { email: 'audrey@acme.com', role: 'auditor', displayName: 'Audrey Auditor', password: PASSWORD },
      cliActor(),
      now,
    );
    await addUser(
      connection.graph,
      { email: 'fin@acme.com', role: 'finance', displayName: 'Fin Ance', password: PASSWORD },
      cliActor(),
      now,
    );
    await setUserRole(connection.graph, 'fin@acme.com', 'auditor', cliActor(), now);
    await setUserRole(connection.graph, 'fin@acme.com', 'finance', cliActor(), now);
    http = await listen((await createHttpApp({ graph: connection.graph, catalog })).app);
  });
  afterAll(async () => {
    await http.close();
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
    if (previousNow === undefined) delete process.env.ATTEST_NOW;
    else process.env.ATTEST_NOW = previousNow;
  });

  const csvRows = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true });

  it('exports the filtered events with targets by name and changes as field: old → new', async () => {
    const auditor = await signIn(http.base, 'audrey@acme.com', PASSWORD);
    const response = await auditor.fetch('/api/audit.csv?action=user.set_role');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attest-audit-2026-11-20.csv');
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe('seq,at,actor,actor_id,actor_role,action,target_type,target,target_id,change,hash');
    const rows = csvRows(text);
    expect(rows.map((row) => [row.action, row.target, row.change])).toEqual([
      ['user.set_role', 'Fin Ance <fin@acme.com>', 'role: auditor → finance'],
      ['user.set_role', 'Fin Ance <fin@acme.com>', 'role: finance → auditor'],
    ]);
    expect(rows[0]?.target_id).toMatch(/^[0-9a-f-]{36}$/);

    const app = csvRows(await (await auditor.fetch('/api/audit.csv?targetType=app')).text());
    expect(app).toHaveLength(1);
    expect(app[0]).toMatchObject({ action: 'app.settings', target: 'Jasper', target_id: 'app-jasper' });
    expect(app[0]?.change).toContain('seats[Seat].capacity: (none) → 12');

    const none = await auditor.fetch('/api/audit.csv?action=campaign.launch');
    expect(csvRows(await none.text())).toEqual([]);
  });

  it('lets only the roles that read the audit log download it, and refuses a bad filter', async () => {
    const finance = await signIn(http.base, 'fin@acme.com', PASSWORD);
    expect((await finance.fetch('/api/audit.csv')).status).toBe(403);
    expect((await fetch(`${http.base}/api/audit.csv`)).status).toBe(401);
    const admin = await signIn(http.base, 'ada@acme.com', PASSWORD);
    const text = await (await admin.fetch('/api/audit.csv')).text();
    expect(text).not.toContain(PASSWORD);
    const all = csvRows(text);
    expect(all.map((row) => row.action)).toEqual(expect.arrayContaining(['import', 'app.settings', 'user.add', 'session.sign_in']));
    expect(all.find((row) => row.action === 'user.add' && row.target === 'Fin Ance <fin@acme.com>')?.change).toBe(
      'displayName: (none) → Fin Ance; email: (none) → fin@acme.com; role: (none) → finance; signsInWith: (none) → password',
    );
    expect((await admin.fetch('/api/audit.csv?from=yesterday')).status).toBe(400);
  });

  it('offers the actions the log holds and names targets in the API', async () => {
    const gql = await apiClient(connection.graph);
    const result = await gql<{
      auditActions: string[];
      auditEvents: { nodes: { targetName: string | null; changes: { field: string; before: string | null; after: string | null }[] }[] };
    }>(
      `{ auditActions auditEvents(filter: { action: "user.set_role" }, first: 1) { nodes { targetName changes { field before after } } } }`,
    );
    expect(result.errors).toBeNull();
    expect(result.data?.auditActions).toEqual(expect.arrayContaining(['app.settings', 'import', 'user.add', 'user.set_role']));
    expect(result.data?.auditActions).toEqual([...(result.data?.auditActions ?? [])].sort());
    expect(result.data?.auditEvents.nodes).toEqual([
      { targetName: 'Fin Ance <fin@acme.com>', changes: [{ field: 'role', before: 'auditor', after: 'finance' }] },
    ]);
  });
});
