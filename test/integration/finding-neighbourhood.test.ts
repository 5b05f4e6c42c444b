import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient, type GraphQLResult } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

interface Graph {
  finding: {
    neighbourhood: {
      nodes: { id: string; kind: string; label: string; flagged: boolean; href: string | null }[];
      edges: { source: string; target: string; label: string }[];
    };
  };
}

describe('the small graph around a finding', () => {
  let connection: GraphConnection;
  let gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
  const dir = mkdtempSync(join(tmpdir(), 'attest-neighbourhood-'));
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };
  const around = async (id: string) => {
    const result = await gql<Graph>(
      `query($id: ID!) { finding(id: $id) { neighbourhood { nodes { id kind label flagged href } edges { source target label } } } }`,
      { id },
    );
    expect(result.errors).toBeNull();
    return result.data!.finding.neighbourhood;
  };

  beforeAll(async () => {
    connection = await freshGraph();
    gql = await apiClient(connection.graph);
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
          'Email,Name,Role,Status,Last active',
          'ada@acme.com,Ada Lovelace,Admin,Active,2026-11-18',
          'alan@acme.com,Alan Turing,Admin,Active,2026-09-30',
        ]),
      ],
    });
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws an orphaned account with its app, role and the owner who left, the account and the leaver flagged', async () => {
    const graph = await around('orphaned_account:app-jasper:alan@acme.com');
    const nodes = graph.nodes.map((n) => `${n.kind} ${n.label}${n.flagged ? ' !' : ''}`).sort();
    expect(nodes).toEqual(['account alan@acme.com !', 'app Jasper', 'person Alan Turing !', 'role Admin']);
    expect(graph.nodes.find((n) => n.kind === 'person')?.href).toBe('/people/E2');
    expect(graph.edges.map((e) => e.label).sort()).toEqual(['belongs to', 'has role', 'in']);
  });

  it('draws an app-level finding as the app with its admin accounts and their owners', async () => {
    const graph = await around('sole_admin:app-jasper');
    const nodes = graph.nodes.map((n) => `${n.kind} ${n.label}`).sort();
    expect(nodes).toEqual([
      'account ada@acme.com',
      'account alan@acme.com',
      'app Jasper',
      'person Ada Lovelace',
      'person Alan Turing',
      'role Admin',
    ]);
    expect(graph.nodes.find((n) => n.kind === 'app')?.flagged).toBe(true);
  });
});
