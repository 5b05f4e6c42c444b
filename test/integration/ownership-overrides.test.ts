import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { importSource } from '../../server/ingest/import-source.js';
import { reconcile } from '../../server/reconcile/reconcile.js';
import { apiClient, type GraphQLResult } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

const HR = [
  'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date',
  'E1,Ada,Lovelace,ada@acme.com,Engineering,CTO,,Active,2020-01-06,',
  'E2,Grace,Hopper,grace@acme.com,Engineering,Engineer,ada@acme.com,Active,2021-03-01,',
  'E3,Chris,Lee,chris.lee@acme.com,Sales,Account Executive,ada@acme.com,Active,2022-02-01,',
  'E4,Chris,Lee,c.lee@acme.com,Support,Agent,ada@acme.com,Active,2023-04-01,',
];
const JASPER = [
  'Email,Name,Role,Status,Invited at,Last active',
  'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
  'grace@acme.com,Grace Hopper,Admin,Active,,2026-11-19',
  'g.hopper.writes@gmail.com,GH writes,Member,Active,,2026-11-19',
  'support@acme.com,Support Team,Member,Active,,2026-11-19',
  'chrislee.home@example.net,Chris Lee,Member,Active,,2026-11-19',
];

interface Change {
  record: { id: string; label: string; appName: string | null };
  owner: { email: string } | null;
  linkReason: string | null;
  findingCount: number;
}

const CHANGE = `record { id label appName } owner { email } linkReason findingCount`;

describe('manual ownership decisions win over the rules and survive re-imports', () => {
  let connection: GraphConnection;
  let gql: <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<T>>;
  const dir = mkdtempSync(join(tmpdir(), 'attest-overrides-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };
  const importJasper = () =>
    importSource(connection.graph, catalog, now, { kind: 'accounts-csv', app: 'Jasper', files: [write('jasper.csv', JASPER)] });
  const findingsOn = async (email: string) =>
    (await connection.graph.read(`MATCH (f:Finding {accountEmail: $email}) RETURN f.type AS type ORDER BY type`, { email })).map(
      (r) => r.type,
    );
  const ownerOf = async (email: string) =>
    (
      await connection.graph.read(
        `MATCH (a:Account {email: $email})-[r:BELONGS_TO]->(p:Person) RETURN p.email AS owner, r.method AS method, a.kind AS kind`,
        { email },
      )
    )[0] ?? null;

  beforeAll(async () => {
    connection = await freshGraph();
    gql = await apiClient(connection.graph);
    await importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [write('hr.csv', HR)] });
    await importJasper();
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an account that matches two people by name waits for review with both candidates, and is not guessed', async () => {
    const queue = await gql<{
      reviewQueue: { totalCount: number; nodes: { record: { label: string }; candidates: { email: string }[] }[] };
    }>(`{ reviewQueue { totalCount nodes { record { label } candidates { email } } } }`);
    expect(queue.errors).toBeNull();
    expect(queue.data?.reviewQueue.totalCount).toBe(1);
    expect(queue.data?.reviewQueue.nodes[0]?.record.label).toBe('chrislee.home@example.net');
    expect(queue.data?.reviewQueue.nodes[0]?.candidates.map((c) => c.email).sort()).toEqual(['c.lee@acme.com', 'chris.lee@acme.com']);
    expect(await ownerOf('chrislee.home@example.net')).toBeNull();
  });

  it('shows each candidate with their HR place and what agrees with the record, and draws both in the finding graph', async () => {
    const queue = await gql<{
      reviewQueue: {
        nodes: {
          candidateDetails: { person: { email: string }; employeeId: string; department: string; title: string; matchedOn: string[] }[];
        }[];
      };
    }>(`{ reviewQueue { nodes { candidateDetails { person { email } employeeId department title matchedOn } } } }`);
    expect(queue.errors).toBeNull();
    const details = [...(queue.data?.reviewQueue.nodes[0]?.candidateDetails ?? [])].sort((a, b) =>
      a.employeeId.localeCompare(b.employeeId),
    );
    expect(details).toEqual([
      {
        person: { email: 'chris.lee@acme.com' },
        employeeId: 'E3',
        department: 'Sales',
        title: 'Account Executive',
        matchedOn: ['Display name "Chris Lee" is their HR name'],
      },
      {
        person: { email: 'c.lee@acme.com' },
        employeeId: 'E4',
        department: 'Support',
        title: 'Agent',
        matchedOn: ['Display name "Chris Lee" is their HR name'],
      },
    ]);

    const graph = await gql<{ finding: { neighbourhood: { nodes: { kind: string; label: string }[]; edges: { label: string }[] } } }>(
      `query($id: ID!) { finding(id: $id) { neighbourhood { nodes { kind label } edges { label } } } }`,
      { id: 'orphaned_account:app-jasper:chrislee.home@example.net' },
    );
    expect(graph.errors).toBeNull();
    const people = graph.data?.finding.neighbourhood.nodes.filter((n) => n.kind === 'person').map((n) => n.label);
    expect(people).toEqual(['Chris Lee', 'Chris Lee']);
    expect(graph.data?.finding.neighbourhood.edges.filter((e) => e.label === 'may belong to')).toHaveLength(2);
  });

  it('linking by hand settles it: the link is manual, the finding goes, and a re-import keeps it', async () => {
    expect(await findingsOn('g.hopper.writes@gmail.com')).toContain('orphaned_account');
    const id = 'app-jasper:g.hopper.writes@gmail.com';
    const linked = await gql<{ linkOwner: Change }>(`mutation($input: LinkOwnerInput!) { linkOwner(input: $input) { ${CHANGE} } }`, {
      input: { recordId: id, personId: 'grace@acme.com', note: 'her personal address, confirmed by IT' },
    });
    expect(linked.errors).toBeNull();
    expect(linked.data?.linkOwner.owner?.email).toBe('grace@acme.com');
    expect(linked.data?.linkOwner.linkReason).toContain('confirmed by IT');
    expect(await findingsOn('g.hopper.writes@gmail.com')).not.toContain('orphaned_account');

    await importJasper();
    await reconcile(connection.graph, now);
    expect(await ownerOf('g.hopper.writes@gmail.com')).toEqual({ owner: 'grace@acme.com', method: 'manual', kind: 'human' });
  });

  it('a shared account needs an owner; once marked it stays shared and owned after a re-import', async () => {
    const id = 'app-jasper:support@acme.com';
    const missing = await gql(`mutation { markAccountKind(input: { accountId: "${id}", kind: SHARED, ownerId: " " }) { record { id } } }`);
    expect(missing.errors?.[0]?.message).toMatch(/needs an owner/);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const marked = await gql<{ markAccountKind: Change }>(
      `mutation { markAccountKind(input: { accountId: "${id}", kind: SHARED, ownerId: "E1" }) { ${CHANGE} } }`,
    );
    expect(marked.errors).toBeNull();
    expect(marked.data?.markAccountKind.owner?.email).toBe('ada@acme.com');
    expect(await findingsOn('support@acme.com')).toEqual([]);

    await importJasper();
    expect(await ownerOf('support@acme.com')).toEqual({ owner: 'ada@acme.com', method: 'manual', kind: 'shared' });
  });

  it('unlinking says nobody owns it: the rules do not link it again, and resetting hands it back to them', async () => {
    const id = 'app-jasper:grace@acme.com';
    const unlinked = await gql<{ unlinkOwner: Change }>(
      `mutation { unlinkOwner(input: { recordId: "${id}", note: "left the team's Jasper" }) { ${CHANGE} } }`,
    );
    expect(unlinked.errors).toBeNull();
    expect(unlinked.data?.unlinkOwner.owner).toBeNull();
    expect(await findingsOn('grace@acme.com')).toContain('orphaned_account');
    await importJasper();
    expect(await ownerOf('grace@acme.com')).toBeNull();

    const reset = await gql<{ resetOwnership: Change }>(`mutation { resetOwnership(recordId: "${id}") { ${CHANGE} } }`);
    expect(reset.data?.resetOwnership.owner?.email).toBe('grace@acme.com');
    expect(await ownerOf('grace@acme.com')).toMatchObject({ owner: 'grace@acme.com', method: 'exact_email' });
  });

  it('refuses to guess between two people or to link what does not exist, and says why', async () => {
    const ambiguous = await gql(
      `mutation { linkOwner(input: { recordId: "app-jasper:chrislee.home@example.net", personId: "Chris Lee" }) { record { id } } }`,
    );
    expect(ambiguous.errors?.[0]?.message).toMatch(/nobody in HR is "Chris Lee"/);
    const unknown = await gql(
      `mutation { linkOwner(input: { recordId: "app-jasper:nobody@acme.com", personId: "E1" }) { record { id } } }`,
    );
    expect(unknown.errors?.[0]?.message).toBe('no account or identity has the id "app-jasper:nobody@acme.com"');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
