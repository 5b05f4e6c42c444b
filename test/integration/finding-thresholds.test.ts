import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../server/findings/engine.js';
import { readThresholds, setThresholds } from '../../server/findings/thresholds.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { applyAppSettings } from '../../server/ingest/app-settings.js';
import { ImportError } from '../../server/ingest/errors.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

// TEST_NOW is 2026-11-20: Grace was last active 60 days before, Linus never since being added 40 days before.
const HR = [
  'Employee #,First Name,Last Name,Work Email,Status,Hire Date',
  'E1,Ada,Lovelace,ada@acme.com,Active,2020-01-06',
  'E2,Grace,Hopper,grace@acme.com,Active,2021-03-01',
  'E3,Linus,Pauling,linus@acme.com,Active,2022-03-01',
];
const JASPER = [
  'Email,Name,Role,Status,Invited at,Last active,Created at',
  'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18,2024-01-01',
  'grace@acme.com,Grace Hopper,Member,Active,,2026-09-21,2024-01-01',
  'linus@acme.com,Linus Pauling,Member,Active,,,2026-10-11',
  'new@acme.com,,Member,Invited,2026-11-10,,',
];

describe('finding thresholds: the organization sets defaults, an app overrides them', () => {
  let connection: GraphConnection;
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const dir = mkdtempSync(join(tmpdir(), 'attest-thresholds-'));
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };
  const found = async () =>
    (await evaluateFindings(connection.graph, catalog, now)).map((f) => `${f.type} ${f.accountEmail ?? f.appName} ${f.severity}`).sort();

  beforeAll(async () => {
    connection = await freshGraph();
    await importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [write('hr.csv', HR)] });
    await importSource(connection.graph, catalog, now, { kind: 'accounts-csv', app: 'Jasper', files: [write('jasper.csv', JASPER)] });
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the defaults when nothing is set: 90 days inactive, 30 days never used, the catalog minimum of admins', async () => {
    expect(await readThresholds(connection.graph)).toEqual({ inactivityDays: 90, neverActiveDays: 30 });
    expect(await found()).toEqual(['inactive_user linus@acme.com medium', 'pending_invite new@acme.com medium', 'sole_admin Jasper high']);
  });

  it('an organization-wide threshold applies to every app without its own', async () => {
    await setThresholds(connection.graph, { inactivityDays: 45, neverActiveDays: 60 });
    expect(await found()).toEqual(['inactive_user grace@acme.com medium', 'pending_invite new@acme.com medium', 'sole_admin Jasper high']);
  });

  it("an app's own thresholds win over the organization's and the catalog's", async () => {
    await applyAppSettings(connection.graph, catalog, {
      name: 'Jasper',
      catalogKey: 'jasper',
      thresholds: { inactivityDays: 75, minimumAdmins: 1, inviteExpiryDays: 7 },
    });
    // Grace (60 days) is active enough for Jasper's 75; one admin is enough; the 10-day-old invite has expired.
    expect(await found()).toEqual(['pending_invite new@acme.com high']);
    const gql = await apiClient(connection.graph);
    const app = await gql<{ app: { minimumAdmins: number; billingNote: string } }>(
      `{ app(id: "app-jasper") { minimumAdmins billingNote } }`,
    );
    expect(app.data?.app.minimumAdmins).toBe(1);
    expect(app.data?.app.billingNote).toMatch(/^Billed per paid seat/);
  });

  it('counts active accounts by days since their last activity, never-used ones apart', async () => {
    const gql = await apiClient(connection.graph);
    const result = await gql<{ activityHistogram: { range: string; accounts: number }[] }>(`{ activityHistogram { range accounts } }`);
    expect(result.data?.activityHistogram).toEqual([
      { range: '0-7', accounts: 1 },
      { range: '8-30', accounts: 0 },
      { range: '31-60', accounts: 1 },
      { range: '61-90', accounts: 0 },
      { range: '91-180', accounts: 0 },
      { range: '181-365', accounts: 0 },
      { range: '366+', accounts: 0 },
      { range: 'never', accounts: 1 },
    ]);
  });

  it('refuses a threshold that is not a whole number of days', async () => {
    await expect(
      applyAppSettings(connection.graph, catalog, { name: 'Jasper', catalogKey: 'jasper', thresholds: { inactivityDays: 0 } }),
    ).rejects.toBeInstanceOf(ImportError);
    await expect(setThresholds(connection.graph, { inactivityDays: 2.5 })).rejects.toThrow(/whole number of days/);
    expect(await readThresholds(connection.graph)).toEqual({ inactivityDays: 45, neverActiveDays: 60 });
  });
});
