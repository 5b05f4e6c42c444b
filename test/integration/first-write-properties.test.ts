/**
 * The field tables (server/ingest/write/*fields.queries.ts) say, for the bulk first load, what the
 * Cypher path leaves on each node it creates. Here vendor exports go through the real import, one
 * after another into an empty graph, and every node each import created is read back, property by
 * property with its stored type (valueType), with its outgoing relationships, and compared with
 * firstWriteProperties / firstWriteRelationships for the same prepared rows.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { importSource } from '../../server/ingest/import-source.js';
import type { ImportKind } from '../../server/ingest/model.js';
import { PARSERS } from '../../server/ingest/parsers/index.js';
import { contentHash } from '../../server/ingest/write/content-hash.js';
import {
  STORED_TYPE,
  type FieldRow,
  type ImportParams,
  type PropertyType,
  type PropertyValue,
} from '../../server/ingest/write/fields.queries.js';
import { firstWriteProperties } from '../../server/ingest/write/first-write-properties.js';
import { firstWriteRelationships } from '../../server/ingest/write/first-write-relationships.js';
import { vocabularyRows } from '../../server/ingest/write/plan-apps.js';
import { prepareBatch } from '../../server/ingest/write/prepare.js';
import { PUBLISH_ORDER } from '../../server/ingest/write/publish.js';
import { RECORDS } from '../../server/ingest/write/write-import.js';
import type { WrittenLabel } from '../../server/ingest/write/written-label.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ingest');

/** Vendor-published exports where there are some (test/fixtures/ingest/SOURCES.md); no vendor publishes an HR roster or an accounts CSV. */
const IMPORTS: readonly { kind: ImportKind; path: string; app?: string }[] = [
  { kind: 'hr-csv', path: 'hr-csv/bamboohr.csv' },
  { kind: 'okta-users', path: 'okta-users/published/list-users.json' },
  { kind: 'okta-users', path: 'okta-users/users.json' },
  { kind: 'okta-groups', path: 'okta-groups/published/with-member-pages' },
  { kind: 'okta-app-users', path: 'okta-app-users/published/app-users.json', app: 'Salesforce' },
  { kind: 'entra-users', path: 'entra-users/published/users-signin-activity.json' },
  { kind: 'google-users', path: 'google-users/published/manage-users-domain.json' },
  { kind: 'scim', path: 'scim/list.json' },
  { kind: 'entra-app-roles', path: 'entra-app-roles/slack-assigned-to.json' },
  { kind: 'slack-users', path: 'slack-users/published/users.list-example.json' },
  { kind: 'github-members', path: 'github-members/published/org' },
  { kind: 'accounts-csv', path: 'accounts-csv/jestor.csv', app: 'Jestor' },
  { kind: 'accounts-csv', path: 'accounts-csv/unknown-words.csv', app: 'Acme Wiki' },
  { kind: 'accounts-csv', path: 'accounts-csv/jasper-seed-words.csv', app: 'Jasper' },
  { kind: 'accounts-csv', path: 'accounts-csv/jetstack.csv', app: 'JetStack AI' },
  { kind: 'atlassian-users', path: 'atlassian-users/org' },
  { kind: 'atlassian-csv', path: 'atlassian-csv/site-export.csv', app: 'acme' },
  { kind: 'okta-grants', path: 'okta-grants/published/list-grants.json' },
  { kind: 'integrations', path: 'integrations/jasper.csv', app: 'Jasper' },
  { kind: 'google-tokens', path: 'google-tokens/tokens' },
];

const READ_NODES = `
MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, labels(n) AS labels,
  [key IN keys(n) | {
    property: key, type: valueType(n[key]), value: n[key],
    instant: CASE WHEN valueType(n[key]) STARTS WITH 'ZONED DATETIME' THEN [n[key].epochMillis, n[key].nanosecond, n[key].offsetSeconds] END
  }] AS properties,
  [(n)-[r]->(target) | {type: type(r), target: labels(target), targetId: target.id, properties: keys(r)}] AS relationships`;

const storedProperty = z.object({ property: z.string(), type: z.string(), value: z.unknown(), instant: z.array(z.number()).nullable() });
const storedNode = z.object({
  id: z.string(),
  labels: z.array(z.string()),
  properties: z.array(storedProperty),
  relationships: z.array(
    z.object({ type: z.string(), target: z.array(z.string()), targetId: z.string(), properties: z.array(z.string()) }),
  ),
});
type StoredNode = z.output<typeof storedNode>;

/** A property as compared: its stored type, and its value (an instant as epoch milliseconds, nanosecond and offset, all exact). */
interface Compared {
  property: string;
  type: string;
  value: unknown;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

function instantOf(text: string): number[] {
  const match = ISO_INSTANT.exec(text);
  if (!match) throw new Error(`${text} is not an ISO instant with a zone`);
  const [, fraction = '', zone, sign, hours = '0', minutes = '0'] = match;
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60);
  return [Date.parse(text), Number(fraction.padEnd(9, '0')), offset];
}

function expectedProperty(property: string, type: PropertyType, value: PropertyValue): Compared {
  if (type === 'datetime' && typeof value === 'string') return { property, type: STORED_TYPE[type], value: instantOf(value) };
  if (Array.isArray(value) && value.length === 0) return { property, type: 'LIST<NOTHING> NOT NULL', value };
  return { property, type: STORED_TYPE[type], value };
}

function compared({ property, type, value, instant }: z.output<typeof storedProperty>): Compared {
  return { property, type, value: instant ?? value };
}

const byProperty = (a: Compared, b: Compared) => a.property.localeCompare(b.property);

describe('the first write of each record, as the field tables give it, is what the Cypher import stores', () => {
  let connection: GraphConnection;
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const seen = new Set<string>();
  const checked = new Map<WrittenLabel, number>();

  beforeAll(async () => {
    connection = await freshGraph();
  });
  afterAll(async () => {
    await connection.close();
  });

  async function newNodes(): Promise<Map<string, StoredNode>> {
    const rows = await readRows(connection.graph, READ_NODES, { labels: PUBLISH_ORDER }, storedNode, 'first-write-properties');
    const fresh = new Map<string, StoredNode>();
    for (const node of rows) {
      const key = `${node.labels.join(':')}|${node.id}`;
      if (!seen.has(key)) fresh.set(key, node);
      seen.add(key);
    }
    return fresh;
  }

  /** The rows the import wrote, as the writer has them when it stages them: record rows with their hash, roles and seat types as plan-apps makes them. */
  async function writtenRows(kind: ImportKind, path: string, app: string | undefined): Promise<{ label: WrittenLabel; row: FieldRow }[]> {
    const batch = await PARSERS[kind].parse([{ path: join(fixtures, path), name: path }], { catalog, now, app });
    const prepared = prepareBatch(batch, catalog);
    const records = RECORDS.flatMap(({ label, key }) =>
      prepared[key].map((row) => {
        row.contentHash = contentHash(batch.kind, batch.scope, row);
        return { label, row };
      }),
    );
    const { roles, seats } = vocabularyRows(prepared.apps);
    return [
      ...prepared.apps.map((row) => ({ label: 'App' as const, row })),
      ...roles.map((row) => ({ label: 'Role' as const, row })),
      ...seats.map((row) => ({ label: 'SeatType' as const, row })),
      ...records,
    ];
  }

  for (const { kind, path, app } of IMPORTS) {
    it(`${kind} ${path}: every node it creates holds exactly the first-write properties, of their types, and relationships`, async () => {
      const outcome = await importSource(connection.graph, catalog, now, {
        kind,
        files: [{ path: join(fixtures, path), name: path }],
        app,
        reconcile: false,
      });
      expect(outcome.run.status).toBe('succeeded');
      const params: ImportParams = { kind, scope: outcome.run.scope, runId: outcome.run.id, now: now.toISOString() };
      const created = await newNodes();
      expect(created.size).toBeGreaterThan(0);

      const rows = await writtenRows(kind, path, app);
      for (const { label, row } of rows) {
        const node = created.get(`${label}|${String(row.id)}`);
        // A row whose node an earlier import created is no first write.
        if (!node) continue;
        created.delete(`${label}|${String(row.id)}`);
        checked.set(label, (checked.get(label) ?? 0) + 1);
        const where = `${label} ${String(row.id)} from ${path}`;

        const expected = firstWriteProperties(label, row, params)
          .map((p) => expectedProperty(p.property, p.type, p.value))
          .sort(byProperty);
        expect(node.properties.map(compared).sort(byProperty), where).toEqual(expected);

        const relationships = node.relationships.map((r) => ({
          type: r.type,
          target: r.target.join(':'),
          targetId: r.targetId,
          properties: r.properties,
        }));
        const expectedRelationships = firstWriteRelationships(label, row).map((r) => ({ ...r, properties: [] }));
        const order = (a: { type: string; targetId: string }, b: { type: string; targetId: string }) =>
          `${a.type}|${a.targetId}`.localeCompare(`${b.type}|${b.targetId}`);
        expect(relationships.sort(order), where).toEqual(expectedRelationships.sort(order));
      }
      expect([...created.keys()], 'nodes the import created from no row').toEqual([]);
    });
  }

  it('covered every label an import writes', () => {
    expect(PUBLISH_ORDER.filter((label) => !checked.get(label))).toEqual([]);
  });
});
