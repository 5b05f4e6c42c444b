import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Truth } from '../../seed/org.types.js';
import { importVendorDir, type VendorImport } from '../../seed/vendor/load-vendor.js';
import { writeSeed } from '../../seed/write-seed.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../server/findings/engine.js';
import { FINDING_TYPES } from '../../server/findings/rules/index.js';
import { orgDomains } from '../../server/findings/rule-params.js';
import { reconcile } from '../../server/reconcile/reconcile.js';
import { verifyAuditChain } from '../../server/audit/verify-chain.js';
import { readRows } from '../../server/graph/decode.js';
import { bulkFirstLoad } from '../../server/ingest/bulk/bulk-load.js';
import { settleAfterChange } from '../../server/ingest/import-source.js';
import { pendingSyncRunIds } from '../../server/ingest/reconcile-pending.js';
import { z } from 'zod';
import type { GraphConnection } from '../../server/graph/connect.js';
import { countByCase, findingKey, hardCaseProblems, TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { graphLines } from '../support/graph-digest.js';

/** What the digest leaves out and a load must get right too: the findings, each import's run with its counts, the audit events in order. */
const HISTORY: readonly [string, z.ZodType][] = [
  [
    `MATCH (f:Finding) RETURN f.id AS id, f.type AS type, f.severity AS severity, f.reason AS reason ORDER BY id`,
    z.object({ id: z.string(), type: z.string(), severity: z.string(), reason: z.string() }),
  ],
  [
    `MATCH (s:SyncRun) RETURN s.kind AS kind, s.scope AS scope, s.added AS added, s.updated AS updated, s.removed AS removed,
            s.complete AS complete, s.recordsRead AS recordsRead, s.sha256 AS sha256, s.errors AS errors, s.notes AS notes ORDER BY s.recordedAt`,
    z.object({
      kind: z.string(),
      scope: z.string(),
      added: z.number(),
      updated: z.number(),
      removed: z.number(),
      complete: z.boolean(),
      recordsRead: z.number(),
      sha256: z.string(),
      errors: z.array(z.string()),
      notes: z.array(z.string()),
    }),
  ],
  [
    `MATCH (e:AuditEvent) RETURN e.seq AS seq, e.action AS action, e.actorId AS actor, e.targetId AS target ORDER BY seq`,
    z.object({ seq: z.number(), action: z.string(), actor: z.string(), target: z.string() }),
  ],
];

describe('the 300-person demo written as vendor exports and imported through the importers', () => {
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  let connection: GraphConnection | undefined;
  let dir: string;
  let vendorDir: string;
  let truth: Truth;
  let first: VendorImport[];

  const reportedKeys = async (): Promise<string[]> => {
    if (!connection) throw new Error('no graph');
    const found = await evaluateFindings(connection.graph, catalog, now);
    return found.map((f) => findingKey({ type: f.type, app: f.appName, account: f.accountEmail })).sort();
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attest-vendor-'));
    const written = await writeSeed(dir, { people: 300, seed: 42, now: TEST_NOW });
    vendorDir = written.vendorDir;
    truth = JSON.parse(await readFile(written.truthPath, 'utf8')) as Truth;
    // App settings stamp the apps they create with the wall clock (config/now.ts): pinned, two loads compare.
    process.env.ATTEST_NOW = TEST_NOW;
    const graph = await freshGraph();
    connection = graph;
    first = await importVendorDir(graph.graph, catalog, now, vendorDir);
  }, 300_000);
  afterAll(async () => {
    await connection?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports every file of the manifest', () => {
    expect(first.map((r) => r.entry.path).slice(0, 3)).toEqual(['hr.csv', 'okta/users.json', 'okta/groups.json']);
    expect(first.some((r) => r.entry.kind === 'entra-users')).toBe(true);
    expect(first.at(-1)?.entry.kind).toBe('integrations');
    for (const { entry, outcome } of first) {
      expect(outcome.run.status, entry.path).toBe('succeeded');
      expect(outcome.run.recordsRead, entry.path).toBeGreaterThan(0);
    }
  });

  it('loads the same folder into an empty database with the bulk path: the same graph, findings, runs and audit events', async () => {
    if (!connection) throw new Error('no graph');
    const loaded = await bulkFirstLoad({ dataDir: join(dir, 'bulk'), folder: vendorDir, catalog, now });
    const bulk = loaded.connection.graph;
    try {
      expect(await pendingSyncRunIds(bulk)).toHaveLength(first.length);
      await settleAfterChange(bulk, catalog, now, loaded.runs.at(-1)?.id ?? null);
      const [viaCypher, viaBulk] = await Promise.all([graphLines(connection.graph), graphLines(bulk)]);
      expect(viaBulk.length).toBeGreaterThan(10_000);
      expect(viaBulk.filter((line) => !viaCypher.includes(line)).slice(0, 3)).toEqual([]);
      expect(viaBulk).toEqual(viaCypher);
      for (const [query, schema] of HISTORY) {
        expect(await readRows(bulk, query, {}, schema, 'bulk-compare'), query).toEqual(
          await readRows(connection.graph, query, {}, schema, 'bulk-compare'),
        );
      }
      expect(await pendingSyncRunIds(bulk)).toEqual([]);
      expect((await verifyAuditChain(bulk)).ok).toBe(true);
    } finally {
      await loaded.connection.close();
    }
  }, 300_000);

  it('reports exactly the findings in truth.json', async () => {
    const reported = await reportedKeys();
    const planted = truth.findings.map(findingKey).sort();
    const missed = planted.filter((key) => !reported.includes(key));
    const extra = reported.filter((key) => !planted.includes(key));
    expect({ missed, extra }).toEqual({ missed: [], extra: [] });
    expect(reported).toEqual(planted);
  });

  it('plants every hard case, and each holds in the graph: owner, review flag, identity, kind, and exactly its findings', async () => {
    if (!connection) throw new Error('no graph');
    expect(Object.keys(countByCase(truth.hardCases)).sort()).toEqual([
      'alias_domain',
      'atlassian_never_accessed',
      'case_variant_email',
      'contractor_personal_email',
      'entra_pending_guest',
      'okta_staged',
      'plus_addressing',
      'rehired_person',
      'same_name',
      'service_account',
      'shared_account',
      'slack_bot',
      'sole_admin_left',
      'suspended_okta_user',
    ]);
    const found = await evaluateFindings(connection.graph, catalog, now);
    expect(await hardCaseProblems(connection.graph, truth.hardCases, found)).toEqual([]);
  });

  it("without configured domains, reads the org domain from HR and not from a contractor's gmail.com", async () => {
    if (!connection) throw new Error('no graph');
    const graph = connection.graph;
    const [saved] = await graph.read(`MATCH (o:Organization {id: 'org'}) RETURN o.domains AS domains, o.aliasDomains AS aliasDomains`);
    expect(saved?.domains).toEqual(['acme.com']);
    try {
      await graph.write(`MATCH (o:Organization {id: 'org'}) SET o.domains = [], o.aliasDomains = []`);
      expect(await orgDomains(graph)).toEqual(['acme.com']);
    } finally {
      await graph.write(`MATCH (o:Organization {id: 'org'}) SET o.domains = $domains, o.aliasDomains = $aliasDomains`, {
        domains: saved?.domains ?? [],
        aliasDomains: saved?.aliasDomains ?? [],
      });
    }
    expect(await orgDomains(graph)).toEqual(['acme.com', 'acme.io']);
  });

  it('plants and finds every finding type, each with a reason, a suggested action and evidence', async () => {
    if (!connection) throw new Error('no graph');
    const found = await evaluateFindings(connection.graph, catalog, now);
    expect([...new Set(found.map((f) => f.type))].sort()).toEqual([...FINDING_TYPES].sort());
    for (const finding of found) {
      expect(finding.reason.length, finding.id).toBeGreaterThan(10);
      expect(finding.suggestedAction.length, finding.id).toBeGreaterThan(10);
      expect(finding.evidence.length, finding.id).toBeGreaterThan(0);
    }
  });

  it('reconciling again changes no link', async () => {
    if (!connection) throw new Error('no graph');
    const links = `MATCH (a:Account)-[r:BELONGS_TO]->(p:Person) RETURN a.id AS account, p.id AS person, r.method AS method ORDER BY account`;
    const before = await connection.graph.read(links);
    await reconcile(connection.graph, now);
    expect(await connection.graph.read(links)).toEqual(before);
    expect(before.length).toBeGreaterThan(1000);
  });

  it('importing the same files again adds nothing and changes no finding', async () => {
    const before = await reportedKeys();
    if (!connection) throw new Error('no graph');
    const second = await importVendorDir(connection.graph, catalog, now, vendorDir);
    expect(second.map((r) => ({ path: r.entry.path, added: r.outcome.run.added, removed: r.outcome.run.removed }))).toEqual(
      first.map((r) => ({ path: r.entry.path, added: 0, removed: 0 })),
    );
    expect(await reportedKeys()).toEqual(before);
  }, 300_000);
});
