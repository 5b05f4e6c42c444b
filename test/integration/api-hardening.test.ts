import type { ApolloServer } from '@apollo/server';
import { Kind, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiContext } from '../../server/api/context.js';
import { hardenedApolloOptions, maskUnexpectedError, MASKED_MESSAGE, MAX_QUERY_DEPTH, MAX_TOKENS } from '../../server/api/hardening.js';
import { buildApiSchema } from '../../server/api/schema.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import type { Graph } from '../../server/graph/graph.js';
import { createHttpApp } from '../../server/http/app.js';
import { importSource } from '../../server/ingest/import-source.js';
import * as dashboardDocuments from '../../web/graphql/graphql.js';
import { TEST_ADMIN } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import { listen, type ListeningApp } from '../support/signed-in-http.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Outcome {
  data: Record<string, unknown> | null;
  errors: { message: string; code: string; extensions: Record<string, unknown> }[];
}

/** Runs an operation through the server's whole pipeline (armor, validation, formatError) as a signed-in admin. */
async function run(apollo: ApolloServer<ApiContext>, graph: Graph, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: { graph, catalog: loadCatalog(), now: new Date(TEST_NOW), viewer: TEST_ADMIN } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    data: data ?? null,
    errors: (errors ?? []).map((e) => ({ message: e.message, code: typeof e.extensions?.code === 'string' ? e.extensions.code : '', extensions: e.extensions ?? {} })),
  };
}

/** Every operation the dashboard sends: the documents codegen collected from web/ into web/graphql/graphql.ts. */
function dashboardOperations(): [string, DocumentNode][] {
  return Object.entries(dashboardDocuments).filter((entry): entry is [string, DocumentNode] => {
    const value: unknown = entry[1];
    return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document' && (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  });
}

/** `{ __type(name: "Finding") { fields { type { ofType { … } } } } }`: valid, and as deep as asked. */
function deepIntrospection(depth: number): string {
  const ofTypes = depth - 4;
  return `{ __type(name: "Finding") { fields { type { ${'ofType { '.repeat(ofTypes)}name${' }'.repeat(ofTypes)} } } } }`;
}

describe('the GraphQL endpoint is hardened', () => {
  let connection: GraphConnection;
  let schema: GraphQLSchema;
  let apollo: ApolloServer<ApiContext>;
  let production: ApolloServer<ApiContext>;
  const dir = mkdtempSync(join(tmpdir(), 'attest-hardening-'));

  beforeAll(async () => {
    connection = await freshGraph();
    const catalog = loadCatalog();
    const hr = join(dir, 'hr.csv');
    writeFileSync(hr, 'Employee #,First Name,Last Name,Work Email,Status,Hire Date,Termination Date\nE1,Ada,Lovelace,ada@acme.com,Active,2020-01-06,\n');
    await importSource(connection.graph, catalog, new Date(TEST_NOW), { kind: 'hr-csv', files: [{ path: hr, name: 'hr.csv' }] });
    schema = await buildApiSchema();
    apollo = (await createHttpApp({ graph: connection.graph, catalog, production: false })).apollo;
    production = (await createHttpApp({ graph: connection.graph, catalog, production: true })).apollo;
  });
  afterAll(async () => {
    await apollo.stop();
    await production.stop();
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts every query the dashboard sends', () => {
    const operations = dashboardOperations();
    expect(operations.length).toBeGreaterThan(5);
    const rules = [...specifiedRules, ...(hardenedApolloOptions(true).validationRules ?? [])];
    const refused = operations.flatMap(([name, document]) => validate(schema, document, rules).map((error) => `${name}: ${error.message}`));
    expect(refused).toEqual([]);
  });

  it(`refuses a query nested deeper than ${MAX_QUERY_DEPTH} levels, and answers the same query one level shallower`, async () => {
    const deep = await run(apollo, connection.graph, deepIntrospection(MAX_QUERY_DEPTH + 1));
    expect(deep.data).toBeNull();
    expect(deep.errors.map((e) => e.message)).toContain(`Syntax Error: Query depth limit of ${MAX_QUERY_DEPTH} exceeded, found ${MAX_QUERY_DEPTH + 1}.`);
    const allowed = await run(apollo, connection.graph, deepIntrospection(MAX_QUERY_DEPTH));
    expect(allowed.errors).toEqual([]);
    expect(allowed.data).not.toBeNull();
  });

  it('refuses a query that asks for too much at once, one with too many aliases, and one too long to parse', async () => {
    const page = `findings(first: 200) { nodes { id type reason evidence app { id name } person { id email } neighbourhood { nodes { id kind label } edges { id label } } } }`;
    expect((await run(apollo, connection.graph, `{ ${page} }`)).errors).toEqual([]);
    const costly = await run(apollo, connection.graph, `{ a: ${page} b: ${page} c: ${page} d: ${page} }`);
    expect(costly.data).toBeNull();
    expect(costly.errors[0]?.message).toMatch(/Query Cost limit of \d+ exceeded/);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const aliased = await run(apollo, connection.graph, `{ ${aliases} }`);
    expect(aliased.data).toBeNull();
    expect(aliased.errors[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    const long = await run(apollo, connection.graph, `{ me { ${'id '.repeat(MAX_TOKENS)}} }`);
    expect(long.data).toBeNull();
    expect(long.errors.map((e) => e.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(long.errors[0]?.message).toContain(`${MAX_TOKENS} tokens`);
  });

  it('masks an unexpected failure as "Internal server error", without driver text or a stack', async () => {
    const down = await connectGraph({ uri: inject('neo4jUri') });
    await down.close();
    const failed = await run(apollo, down.graph, `{ people(first: 5) { totalCount } }`);
    expect(failed.errors).toHaveLength(1);
    expect(failed.errors[0]?.message).toBe(MASKED_MESSAGE);
    expect(failed.errors[0]?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(Object.keys(failed.errors[0]?.extensions ?? {})).toEqual(['code']);
  });

  it('keeps the messages written for people: a missing person says which, a page too large says so', async () => {
    const missing = await run(apollo, connection.graph, `{ person(id: "nobody-here") { id } }`);
    expect(missing.errors.map((e) => [e.code, e.message])).toEqual([['NOT_FOUND', 'Person "nobody-here" does not exist']]);
    const tooMany = await run(apollo, connection.graph, `query($first: Int!) { people(first: $first) { totalCount } }`, { first: 5000 });
    expect(tooMany.errors[0]?.code).toBe('BAD_USER_INPUT');
    const conflict = { message: 'Someone decided this item first', extensions: { code: 'CONFLICT' } };
    expect(maskUnexpectedError(conflict, new Error('any'))).toEqual(conflict);
  });

  it('in production: no introspection, and no field name suggestions', async () => {
    const introspection = await run(production, connection.graph, `{ __schema { queryType { name } } }`);
    expect(introspection.data).toBeNull();
    expect(introspection.errors[0]?.message).toMatch(/introspection/i);
    expect((await run(apollo, connection.graph, `{ __schema { queryType { name } } }`)).errors).toEqual([]);
    const typo = `{ overveiw { people } }`;
    expect((await run(apollo, connection.graph, typo)).errors[0]?.message).toContain('Did you mean');
    const hidden = await run(production, connection.graph, typo);
    expect(hidden.errors[0]?.message).toContain('Cannot query field "overveiw"');
    expect(hidden.errors[0]?.message).not.toContain('Did you mean');
  });

  describe('over HTTP', () => {
    let server: ListeningApp;
    beforeAll(async () => {
      server = await listen((await createHttpApp({ graph: connection.graph, catalog: loadCatalog(), production: true })).app);
    });
    afterAll(async () => server.close());

    it('refuses a request body over 1 MB before reading it as GraphQL', async () => {
      const padding = 'x'.repeat(1_100_000);
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ me { id } }`, variables: { padding } }),
      });
      expect(response.status).toBe(413);
    });

    it('answers an anonymous request with UNAUTHENTICATED and no stack trace', async () => {
      const response = await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ overview { people } }` }) });
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(body)).not.toContain('stacktrace');
    });
  });
});
