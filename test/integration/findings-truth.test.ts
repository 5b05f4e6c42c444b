import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../server/findings/engine.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { reconcile } from '../../server/reconcile/reconcile.js';
import { findingKey, loadGeneratedOrg, TEST_NOW, type LoadedDemo } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

describe('findings on the 300-person demo organization', () => {
  let connection: GraphConnection;
  let demo: LoadedDemo;

  beforeAll(async () => {
    connection = await freshGraph();
    demo = await loadGeneratedOrg(connection.graph, 300, 42);
  });
  afterAll(async () => connection.close());

  it('reports every planted finding and nothing else', async () => {
    const found = await evaluateFindings(connection.graph, loadCatalog(), new Date(TEST_NOW));
    const reported = found.map((f) => findingKey({ type: f.type, app: f.appName, account: f.accountEmail })).sort();
    const planted = demo.truth.findings.map(findingKey).sort();
    const missed = planted.filter((key) => !reported.includes(key));
    const extra = reported.filter((key) => !planted.includes(key));
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
    expect(reported).toEqual(planted);
  });

  it('plants and finds every finding type', () => {
    const types = new Set(demo.truth.findings.map((f) => f.type));
    expect([...types].sort()).toEqual([
      'duplicate_account',
      'external_account',
      'inactive_user',
      'integration_left_behind',
      'orphaned_account',
      'pending_invite',
      'privileged_without_sso',
      'sole_admin',
    ]);
  });

  it('gives each finding a reason, a suggested action and evidence', async () => {
    const found = await evaluateFindings(connection.graph, loadCatalog(), new Date(TEST_NOW));
    for (const finding of found) {
      expect(finding.reason.length, finding.id).toBeGreaterThan(10);
      expect(finding.suggestedAction.length, finding.id).toBeGreaterThan(10);
      expect(finding.evidence.length, finding.id).toBeGreaterThan(0);
    }
  });

  it('reconciling again changes nothing', async () => {
    const before = await connection.graph.read(
      `MATCH (a:Account)-[r:BELONGS_TO]->(p:Person) RETURN a.id AS account, p.id AS person, r.method AS method ORDER BY account`,
    );
    await reconcile(connection.graph, new Date(TEST_NOW));
    const after = await connection.graph.read(
      `MATCH (a:Account)-[r:BELONGS_TO]->(p:Person) RETURN a.id AS account, p.id AS person, r.method AS method ORDER BY account`,
    );
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThan(1000);
  });
});

describe('findings on a 5,000-person organization', () => {
  let connection: GraphConnection;
  let demo: LoadedDemo;

  beforeAll(async () => {
    connection = await freshGraph();
    demo = await loadGeneratedOrg(connection.graph, 5000, 7);
  }, 600_000);
  afterAll(async () => connection.close());

  it('reports every planted finding and nothing else', async () => {
    const found = await evaluateFindings(connection.graph, loadCatalog(), new Date(TEST_NOW));
    const reported = found.map((f) => findingKey({ type: f.type, app: f.appName, account: f.accountEmail })).sort();
    const planted = demo.truth.findings.map(findingKey).sort();
    expect({ missed: planted.filter((k) => !reported.includes(k)), extra: reported.filter((k) => !planted.includes(k)) }).toEqual({ missed: [], extra: [] });
    expect(reported).toEqual(planted);
    expect(planted.length).toBeGreaterThan(250);
  });
});
