import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../server/audit/actor.js';
import { addUser } from '../../server/auth/users.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createHttpApp } from '../../server/http/app.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { listen, signIn, type ListeningApp, type SignedIn } from '../support/signed-in-http.js';

describe('the dashboard downloads the filtered findings as CSV', () => {
  let connection: GraphConnection;
  let http: ListeningApp;
  let admin: SignedIn;
  const dir = mkdtempSync(join(tmpdir(), 'attest-export-'));
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };
  const download = async (query: string) => {
    const response = await admin.fetch(`/api/findings.csv${query}`);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      text: await response.text(),
    };
  };

  beforeAll(async () => {
    connection = await freshGraph();
    const catalog = loadCatalog();
    const now = new Date(TEST_NOW);
    await importSource(connection.graph, catalog, now, {
      kind: 'hr-csv',
      files: [
        write('hr.csv', [
          'Employee #,First Name,Last Name,Work Email,Status,Hire Date,Termination Date',
          'E1,Ada,Lovelace,ada@acme.com,Active,2020-01-06,',
          'E2,Alan,Turing,alan@acme.com,Terminated,2021-05-01,2026-10-01',
        ]),
      ],
    });
    await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [
        write('jasper.csv', [
          'Email,Name,Role,Status,Invited at,Last active',
          'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
          'alan@acme.com,Alan Turing,Member,Active,,2026-09-30',
          '=cmd@acme.com,Formula,Member,Invited,2026-11-15,',
        ]),
      ],
    });
    await addUser(connection.graph, { email: 'admin@acme.com', role: 'admin', password: 'an admin password' }, cliActor(), now);
    http = await listen((await createHttpApp({ graph: connection.graph, catalog })).app);
    admin = await signIn(http.base, 'admin@acme.com', 'an admin password');
  });
  afterAll(async () => {
    await http.close();
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends every finding of the filter, with the CLI columns, as an attachment', async () => {
    const all = await download('');
    expect(all.status).toBe(200);
    expect(all.type).toContain('text/csv');
    expect(all.disposition).toMatch(/^attachment; filename="?attest-findings-\d{4}-\d{2}-\d{2}\.csv"?$/);
    const rows = parse<Record<string, string>>(all.text, { columns: true });
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'type',
      'severity',
      'app',
      'account',
      'person',
      'monthlyCost',
      'currency',
      'reason',
      'suggestedAction',
      'appCaveat',
      'ageDays',
      'evidence',
    ]);
    expect(rows.map((r) => r.type)).toEqual(expect.arrayContaining(['orphaned_account', 'sole_admin', 'pending_invite']));

    const orphans = parse<Record<string, string>>((await download('?type=ORPHANED_ACCOUNT&app=app-jasper')).text, { columns: true });
    expect(orphans.map((r) => [r.type, r.app, r.account, r.person])).toEqual([
      ['orphaned_account', 'Jasper', 'alan@acme.com', 'alan@acme.com'],
    ]);
  });

  it('defuses a cell a spreadsheet would run as a formula', async () => {
    const invites = await download('?type=PENDING_INVITE');
    expect(invites.text).toContain("'=cmd@acme.com");
  });

  it('answers 400 with the allowed values for a filter it does not know', async () => {
    const bad = await download('?type=ORPHANS');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('unknown filter value(s): orphans');
  });

  it('sends the findings a person selected, posted as a form', async () => {
    const response = await admin.fetch('/api/findings.csv', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams([
        ['id', 'orphaned_account:app-jasper:alan@acme.com'],
        ['id', 'sole_admin:app-jasper'],
        ['_csrf', admin.csrfToken],
      ]).toString(),
    });
    expect(response.status).toBe(200);
    const rows = parse<Record<string, string>>(await response.text(), { columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(['orphaned_account:app-jasper:alan@acme.com', 'sole_admin:app-jasper']);
  });

  it('orders the rows as asked, the same way the GraphQL list does', async () => {
    const byCost = parse<Record<string, string>>((await download('?sort=cost')).text, { columns: true });
    const costs = byCost.map((r) => Number(r.monthlyCost));
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    const byApp = parse<Record<string, string>>((await download('?sort=APP')).text, { columns: true });
    expect(byApp.length).toBe(byCost.length);
    const bad = await download('?sort=price');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('unknown sort "price"');

    const gql = await apiClient(connection.graph);
    const listed = await gql<{ findings: { nodes: { id: string; monthlyCost: number }[] } }>(
      `{ findings(sort: COST, first: 50) { nodes { id monthlyCost } } }`,
    );
    expect(listed.data?.findings.nodes.map((n) => n.id)).toEqual(byCost.map((r) => r.id));
  });

  it('sends just the header when nothing matches', async () => {
    const none = await download('?q=nobody-matches-this');
    expect(none.text.trim()).toBe(
      'id,type,severity,app,account,person,monthlyCost,currency,reason,suggestedAction,appCaveat,ageDays,evidence',
    );
  });
});
