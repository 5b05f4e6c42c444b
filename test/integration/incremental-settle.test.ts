/**
 * The incremental path (an import reconciles and refreshes only what it touched) must give exactly
 * the graph and findings a full `attest reconcile` gives. Random edits to the vendor exports of a
 * generated organization are imported one after another; after each, the settled state is captured,
 * a full reconcile and refresh runs, and the state must not move.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../seed/random.js';
import { readManifest } from '../../seed/vendor/load-vendor.js';
import { importVendorDir } from '../../seed/vendor/load-vendor.js';
import { writeSeed } from '../../seed/write-seed.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource } from '../../server/ingest/import-source.js';
import { z } from 'zod';
import { readRows } from '../../server/graph/decode.js';
import { reconcileAndRefresh } from '../../server/reconcile/reconcile-and-refresh.js';
import { identitiesScope } from '../../server/shared/change-scope.js';
import * as changes from '../support/reconcile-changes.queries.js';
import { TEST_NOW } from '../support/demo.js';
import { settledState } from '../support/settled-state.js';
import { freshGraph } from '../support/graph.js';
import { editCsvExport } from '../support/vendor-edits.js';

const catalog = loadCatalog();
const now = new Date(TEST_NOW);
const ACCOUNT_GROUPS = [['Status', 'Invited at', 'Last active'], ['Role'], ['Seat type'], ['Last active'], ['Name']];
const HR_GROUPS = [['Status', 'Termination Date'], ['Department'], ['Alternate Emails'], ['Supervisor Email']];

let connection: GraphConnection;
let dir: string;

beforeAll(async () => {
  connection = await freshGraph();
  dir = mkdtempSync(join(tmpdir(), 'attest-incremental-'));
  await writeSeed(dir, { people: 160, seed: 11, now: TEST_NOW });
  await importVendorDir(connection.graph, catalog, now, join(dir, 'vendor'));
}, 300_000);

afterAll(async () => {
  await connection.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('incremental settle', () => {
  it('gives the same links, findings, seat usage and counts as a full reconcile after random changes', async () => {
    const vendor = join(dir, 'vendor');
    const entries = await readManifest(join(vendor, 'manifest.json'));
    const accountFiles = entries.filter((entry) => entry.kind === 'accounts-csv');
    const hr = entries.find((entry) => entry.kind === 'hr-csv');
    expect(accountFiles.length).toBeGreaterThan(2);
    expect(hr).toBeDefined();
    const rng = new Rng(2026, 'incremental-settle');
    let newAccounts = 0;
    for (let step = 0; step < 6; step += 1) {
      const hrStep = hr !== undefined && step % 4 === 3;
      const entry = hrStep ? hr : rng.pick(accountFiles);
      const path = join(vendor, entry.path);
      const changed = hrStep
        ? editCsvExport(path, rng, { changes: 4, groups: HR_GROUPS })
        : editCsvExport(path, rng, {
            changes: rng.int(2, 8),
            groups: ACCOUNT_GROUPS,
            rows: { emailColumn: 'Email', newEmail: () => `new.person${(newAccounts += 1)}@${rng.pick(['acme.com', 'gmail.com'])}` },
          });
      const outcome = await importSource(connection.graph, catalog, now, {
        kind: entry.kind,
        files: [{ path, name: entry.path }],
        app: entry.app,
        catalogKey: entry.catalog,
        completeness: entry.completeness,
      });
      expect(outcome.run.status, `step ${step}: ${entry.path}`).toBe('succeeded');
      const incremental = await settledState(connection.graph);
      await reconcileAndRefresh(connection.graph, catalog, now);
      const full = await settledState(connection.graph);
      expect(incremental, `step ${step}: ${changed} change(s) to ${entry.path}`).toEqual(full);
    }
  }, 600_000);

  it('settling only the identities a push changed (and the apps they reach) gives what a full reconcile gives', async () => {
    const { graph } = connection;
    const idRow = z.object({ id: z.string() });
    const identities = (await readRows(graph, changes.IDENTITIES, {}, idRow, 'test')).map((row) => row.id);
    const people = await readRows(
      graph,
      changes.PEOPLE_KEYS,
      {},
      z.object({ email: z.string(), employeeId: z.string().nullable() }),
      'test',
    );
    const rng = new Rng(2026, 'identity-settle');
    for (let round = 0; round < 3; round += 1) {
      const changed = new Set<string>();
      for (let i = 0; i < 5; i += 1) {
        const id = rng.pick(identities);
        const person = rng.pick(people);
        const change = rng.pick(['email', 'employee number', 'deprovision'] as const);
        if (change === 'email') await graph.write(changes.SET_IDENTITY_EMAIL, { id, email: person.email }, 'test');
        if (change === 'employee number')
          await graph.write(changes.SET_IDENTITY_EMPLOYEE_NUMBER, { id, employeeNumber: person.employeeId }, 'test');
        if (change === 'deprovision') await graph.write(changes.DEPROVISION_IDENTITY, { id }, 'test');
        changed.add(id);
      }
      await reconcileAndRefresh(graph, catalog, now, identitiesScope(changed));
      const incremental = await settledState(graph);
      await reconcileAndRefresh(graph, catalog, now);
      const full = await settledState(graph);
      expect(incremental, `round ${round}: ${[...changed].join(', ')}`).toEqual(full);
    }
  }, 600_000);
});
