import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Rng } from '../../seed/random.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings, refreshFindings } from '../../server/findings/engine.js';
import { catalogParams } from '../../server/findings/rule-params.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { appsScope } from '../../server/shared/change-scope.js';
import { loadGeneratedOrg, TEST_NOW } from '../support/demo.js';
import * as q from '../support/findings-refresh.queries.js';
import { freshGraph } from '../support/graph.js';
import { expectWasteAddsUp } from '../support/waste-figures.js';

const catalog = loadCatalog();
const now = new Date(TEST_NOW);

const findingRow = z.object({ finding: z.record(z.string(), z.unknown()), links: z.array(z.string()) });
const seatRow = z.object({ id: z.string(), usage: z.array(z.number().nullable()) });
const appRow = z.object({ id: z.string(), counts: z.array(z.number().nullable()) });
const orgRow = z.object({ findingCount: z.number() });
const targetRow = z.object({
  appId: z.string(),
  catalogKey: z.string().nullable(),
  accounts: z.array(z.string()),
  seatTypes: z.array(z.string()),
  adminRoles: z.array(z.string()),
  enablers: z.array(z.string()),
});
const personRow = z.object({ id: z.string(), email: z.string() });

/** What a stored finding shows, without when it was detected (and the hash the refresh compares). */
function content(finding: Record<string, unknown>): Record<string, unknown> {
  const { detectedAt: _detectedAt, contentHash: _contentHash, severityRank: _severityRank, ...rest } = finding;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null));
}

describe('findings refresh per app: the same findings, seat usage and app counts as refreshing everything', () => {
  let connection: GraphConnection;
  const graph = () => connection.graph;

  /** Everything the refresh stores: the findings (with their links), each seat type's usage, each app's counts. */
  async function capture() {
    const findings = await readRows(graph(), q.CAPTURE_FINDINGS, {}, findingRow, 'capture-findings');
    return {
      findings: findings.map((f): Record<string, unknown> => ({ ...content(f.finding), links: f.links })),
      detectedAt: new Map(findings.map((f) => [String(f.finding.id), String(f.finding.detectedAt)])),
      seats: await readRows(graph(), q.CAPTURE_SEATS, {}, seatRow, 'capture-seats'),
      apps: await readRows(graph(), q.CAPTURE_APPS, {}, appRow, 'capture-apps'),
      org: (await readRows(graph(), q.CAPTURE_ORG, {}, orgRow, 'capture-org'))[0]?.findingCount,
    };
  }
  type Capture = Awaited<ReturnType<typeof capture>>;
  const stored = ({ findings, seats, apps, org }: Capture) => ({ findings, seats, apps, org });

  /** The stored state matches what the whole-graph refresh computed: every rule over every app, and its seat and count queries. */
  async function expectWholeGraphFigures(state: Capture): Promise<void> {
    const evaluated = await evaluateFindings(graph(), catalog, now);
    expect(state.findings.map(({ links: _links, ...finding }) => finding)).toEqual(
      evaluated.map((record) => content({ ...record })).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)),
    );
    expect(state.seats).toEqual(await readRows(graph(), q.ORACLE_SEATS, { catalog: catalogParams(catalog) }, seatRow, 'oracle-seats'));
    expect(state.apps).toEqual(await readRows(graph(), q.ORACLE_APPS, {}, appRow, 'oracle-apps'));
    expect(state.org).toBe(evaluated.length);
  }

  beforeAll(async () => {
    connection = await freshGraph();
    await loadGeneratedOrg(connection.graph, 300, 42);
  }, 600_000);
  afterAll(async () => connection.close());

  it('stores what evaluating every rule over the whole graph gives, and a second refresh writes nothing', async () => {
    const first = await refreshFindings(graph(), catalog, now);
    const state = await capture();
    expect(first.total).toBe(state.findings.length);
    expect(new Set(state.findings.map((f) => f.type)).size).toBeGreaterThanOrEqual(7);
    await expectWholeGraphFigures(state);
    const figures = await expectWasteAddsUp(graph(), catalog, now);
    console.info('waste at 300 people (seed 42):', JSON.stringify(figures));
    expect(figures.byCause.unassigned_seats).toBeGreaterThan(0);
    expect(figures.byCause.suspended_seat).toBeGreaterThan(0);

    const again = await refreshFindings(graph(), catalog, now);
    expect(again.changes).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect(again.refreshedApps).toBe(state.apps.length);
    expect(await capture()).toEqual(state);
  });

  it('an hour later, findings that still hold keep when they were detected; only those whose age changed are rewritten', async () => {
    const before = await capture();
    const later = new Date(now.getTime() + 3_600_000);
    const refresh = await refreshFindings(graph(), catalog, later);
    const after = await capture();
    const byId = new Map(before.findings.map((f) => [String(f.id), JSON.stringify(f)]));
    const kept = after.findings.filter((f) => byId.has(String(f.id)));
    expect(kept.length).toBeGreaterThan(0);
    for (const f of kept) expect(after.detectedAt.get(String(f.id))).toBe(before.detectedAt.get(String(f.id)));
    expect(refresh.changes).toEqual({
      created: after.findings.length - kept.length,
      updated: kept.filter((f) => byId.get(String(f.id)) !== JSON.stringify(f)).length,
      deleted: before.findings.length - kept.length,
    });
    await refreshFindings(graph(), catalog, now);
  });

  it('after random changes to one app, refreshing that app gives what refreshing everything gives', async () => {
    const rng = new Rng(20261120, 'findings-incremental');
    const people = await readRows(graph(), q.PERSON_IDS, {}, personRow, 'people');
    const changes = [
      'deactivate',
      'remove',
      'invite',
      'stale',
      'admin',
      'reown',
      'disown',
      'add',
      'integration',
      'suspend',
      'capacity',
    ] as const;
    let added = 0;
    let changedRounds = 0;
    for (let round = 0; round < 12; round += 1) {
      const targets = (await readRows(graph(), q.CHANGE_TARGETS, {}, targetRow, 'change-targets')).filter((t) => t.accounts.length > 0);
      const change = changes[round % changes.length] ?? 'deactivate';
      const candidates = targets.filter((t) =>
        change === 'admin'
          ? t.adminRoles.length > 0
          : change === 'integration'
            ? t.enablers.length > 0
            : change === 'suspend'
              ? t.catalogKey !== null && catalog.find(t.catalogKey)?.suspendedHoldsSeat === true
              : change === 'capacity'
                ? t.seatTypes.length > 0
                : true,
      );
      const app = rng.pick(candidates);
      const accountId = rng.pick(change === 'integration' ? app.enablers : app.accounts);
      const person = rng.pick(people);
      const run = (cypher: string, params: Record<string, unknown>) => graph().write(cypher, { now: TEST_NOW, ...params }, 'change');
      switch (change) {
        case 'deactivate':
        case 'integration':
          await run(q.DEACTIVATE_ACCOUNT, { accountId });
          break;
        case 'remove':
          await run(q.REMOVE_ACCOUNT, { accountId });
          break;
        case 'suspend':
          await run(q.SUSPEND_ACCOUNT, { accountId });
          break;
        case 'capacity':
          await run(q.SET_CAPACITY, { seatTypeId: rng.pick(app.seatTypes), extra: rng.int(1, 5) });
          break;
        case 'invite':
          await run(q.INVITE_ACCOUNT, { accountId, days: rng.int(1, 90) });
          break;
        case 'stale':
          await run(q.MAKE_STALE, { accountId, days: rng.int(100, 400) });
          break;
        case 'admin':
          await run(q.GRANT_ROLE, { accountId, roleId: rng.pick(app.adminRoles) });
          break;
        case 'reown':
          await run(q.REOWN_ACCOUNT, { accountId, personId: person.id });
          break;
        case 'disown':
          await run(q.REOWN_ACCOUNT, { accountId, personId: null });
          break;
        case 'add':
          added += 1;
          await run(q.ADD_ACCOUNT, {
            appId: app.appId,
            accountId: `test-added-${added}`,
            email: rng.chance(0.3) ? `guest${added}@outside.example` : person.email,
            status: rng.chance(0.3) ? 'invited' : 'active',
            days: rng.int(0, 200),
            seatTypeId: app.seatTypes.length > 0 ? rng.pick(app.seatTypes) : null,
            personId: rng.chance(0.8) ? person.id : null,
          });
          break;
      }
      const incremental = await refreshFindings(graph(), catalog, now, appsScope([app.appId]));
      expect(incremental.refreshedApps, change).toBe(1);
      const { created, updated, deleted } = incremental.changes;
      if (created + updated + deleted > 0) changedRounds += 1;
      const afterApp = await capture();
      const whole = await refreshFindings(graph(), catalog, now);
      expect(whole.changes, `${change} in ${app.appId}: refreshing everything changed more`).toEqual({
        created: 0,
        updated: 0,
        deleted: 0,
      });
      expect(stored(await capture()), `${change} in ${app.appId}`).toEqual(stored(afterApp));
      expect(incremental.total).toBe(whole.total);
    }
    expect(changedRounds, 'rounds whose change moved a finding').toBeGreaterThanOrEqual(6);
    await expectWholeGraphFigures(await capture());
    await expectWasteAddsUp(graph(), catalog, now);
  }, 300_000);
});
