import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

interface Point {
  syncKind: string | null;
  people: number;
  accounts: number;
  findingCounts: { type: string; count: number }[];
}

describe('the KPI trend follows the syncs', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-trend-'));
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };

  beforeAll(async () => {
    connection = await freshGraph();
    const catalog = loadCatalog();
    const now = new Date(TEST_NOW);
    const header = 'Employee #,First Name,Last Name,Work Email,Status,Hire Date';
    // Earlier syncs: the quarter before last, last quarter, and the day before "now" (TEST_NOW, 2026-11-20).
    for (const at of ['2026-05-01T09:00:00Z', '2026-08-10T09:00:00Z', '2026-11-19T17:00:00Z']) {
      await importSource(connection.graph, catalog, new Date(at), {
        kind: 'hr-csv',
        files: [write('hr.csv', [header, 'E1,Ada,Lovelace,ada@acme.com,Active,2020-01-06'])],
      });
    }
    await importSource(connection.graph, catalog, now, {
      kind: 'hr-csv',
      files: [write('hr.csv', [header, 'E1,Ada,Lovelace,ada@acme.com,Active,2020-01-06'])],
    });
    await importSource(connection.graph, catalog, now, {
      kind: 'accounts-csv',
      app: 'Jasper',
      files: [write('jasper.csv', ['Email,Role,Status', 'ada@acme.com,Admin,Active', 'ghost@acme.com,Member,Active'])],
    });
    await importSource(connection.graph, catalog, now, {
      kind: 'hr-csv',
      files: [
        write('hr.csv', [header, 'E1,Ada,Lovelace,ada@acme.com,Active,2020-01-06', 'E2,Grace,Hopper,ghost@acme.com,Active,2024-01-06']),
      ],
    });
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists one point per sync, oldest first, with its counts', async () => {
    const gql = await apiClient(connection.graph);
    const result = await gql<{ kpiTrend: Point[] }>(`{ kpiTrend(last: 10) { syncKind people accounts findingCounts { type count } } }`);
    expect(result.errors).toBeNull();
    const points = result.data?.kpiTrend ?? [];
    const orphans = (p: Point) => p.findingCounts.find((c) => c.type === 'ORPHANED_ACCOUNT')?.count;
    expect(points.map((p) => [p.syncKind, p.people, p.accounts, orphans(p)])).toEqual([
      ['hr-csv', 1, 0, 0],
      ['hr-csv', 1, 0, 0],
      ['hr-csv', 1, 0, 0],
      ['hr-csv', 1, 0, 0],
      ['accounts-csv', 1, 2, 1],
      ['hr-csv', 2, 2, 0],
    ]);
    const latest = await gql<{ kpiTrend: Point[] }>(`{ kpiTrend(last: 1) { people } }`);
    expect(latest.data?.kpiTrend).toEqual([{ people: 2 }]);
    const tooMany = await gql(`{ kpiTrend(last: 100000) { people } }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/Argument Validation Error|last/);
  });

  it('by day: one dated point per day (its last snapshot), this quarter against the last, older quarters left out', async () => {
    const gql = await apiClient(connection.graph);
    const quarter = 'label start end dayCount days { day dayOfQuarter snapshot { people accounts } }';
    const result = await gql<{
      kpiQuarters: Record<'thisQuarter' | 'lastQuarter', { label: string; start: string; end: string; dayCount: number; days: unknown[] }>;
    }>(`{ kpiQuarters { thisQuarter { ${quarter} } lastQuarter { ${quarter} } } }`);
    expect(result.errors).toBeNull();
    expect(result.data?.kpiQuarters).toEqual({
      thisQuarter: {
        label: 'Q4 2026',
        start: '2026-10-01',
        end: '2026-12-31',
        dayCount: 92,
        days: [
          { day: '2026-11-19', dayOfQuarter: 50, snapshot: { people: 1, accounts: 0 } },
          // Three syncs on the day: the point is the last one.
          { day: '2026-11-20', dayOfQuarter: 51, snapshot: { people: 2, accounts: 2 } },
        ],
      },
      lastQuarter: {
        label: 'Q3 2026',
        start: '2026-07-01',
        end: '2026-09-30',
        dayCount: 92,
        days: [{ day: '2026-08-10', dayOfQuarter: 41, snapshot: { people: 1, accounts: 0 } }],
      },
    });
  });
});
