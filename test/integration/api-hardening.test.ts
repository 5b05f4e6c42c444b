import type { ApolloServer } from '@apollo/server';
import {
  isEnumType,
  Kind,
  isInputObjectType,
  isListType,
  isNonNullType,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiContext } from '../../server/api/context.js';
import { hardenedApolloOptions, maskUnexpectedError, MASKED_MESSAGE, MAX_QUERY_DEPTH, MAX_TOKENS } from '../../server/api/hardening.js';
import { MAX_HEAVY_QUERIES_PER_USER } from '../../server/api/query-cost-plugin.js';
import { MAX_QUERY_COST, operationCost } from '../../server/api/query-cost.js';
import { buildApiSchema } from '../../server/api/schema.js';
import { MAX_PEOPLE_PAGE } from '../../server/api/people/people.args.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import type { Graph } from '../../server/graph/graph.js';
import { createHttpApp } from '../../server/http/app.js';
import { importSource } from '../../server/ingest/import-source.js';
import * as dashboardDocuments from '../../web/graphql/graphql.js';
import { TEST_ADMIN } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { connectTestGraph, freshGraph } from '../support/graph.js';
import { listen, type ListeningApp } from '../support/signed-in-http.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Outcome {
  status: number | undefined;
  data: Record<string, unknown> | null;
  errors: { message: string; code: string; extensions: Record<string, unknown> }[];
}

/** Runs an operation through the server's whole pipeline (armor, validation, cost, formatError) as a signed-in admin unless told. */
async function run(
  apollo: ApolloServer<ApiContext>,
  graph: Graph,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer = TEST_ADMIN,
): Promise<Outcome> {
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: { graph, catalog: loadCatalog(), now: new Date(TEST_NOW), viewer } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    status: response.http.status,
    data: data ?? null,
    errors: (errors ?? []).map((e) => ({
      message: e.message,
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : '',
      extensions: e.extensions ?? {},
    })),
  };
}

/** The largest page most lists give; a dashboard query must fit even at that size. */
const LARGEST_PAGE = 200;

/** Values for an operation's variables: every page at LARGEST_PAGE, the required rest the least that is valid. */
function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [sample(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]?.name;
    if (isInputObjectType(type)) {
      const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
      return Object.fromEntries(required.map((field) => [field.name, sample(field.type, field.name)]));
    }
    if (type.name === 'Int') return name === 'first' || name === 'last' ? LARGEST_PAGE : 1;
    if (type.name === 'Float') return 1;
    if (type.name === 'Boolean') return false;
    return 'x';
  };
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`unknown type of $${name}`);
    if (isNonNullType(type) || name === 'first' || name === 'last') variables[name] = sample(type, name);
  }
  return variables;
}

/** Every operation the dashboard sends: the documents codegen collected from web/ into web/graphql/graphql.ts. */
function dashboardOperations(): [string, DocumentNode][] {
  return Object.entries(dashboardDocuments).filter((entry): entry is [string, DocumentNode] => {
    const value: unknown = entry[1];
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { kind?: unknown }).kind === 'Document' &&
      (value as DocumentNode).definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION)
    );
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
    writeFileSync(
      hr,
      'Employee #,First Name,Last Name,Work Email,Status,Hire Date,Termination Date\nE1,Ada,Lovelace,ada@acme.com,Active,2020-01-06,\n',
    );
    await importSource(connection.graph, catalog, new Date(TEST_NOW), { kind: 'hr-csv', files: [{ path: hr, name: 'hr.csv' }] });
    schema = await buildApiSchema();
    apollo = (await createHttpApp({ graph: connection.graph, catalog, production: false })).apollo;
    production = (await createHttpApp({ graph: connection.graph, catalog, production: true })).apollo;
  });
  afterEach(() => {
    delete process.env.ATTEST_GRAPHQL_INTROSPECTION;
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
    const tooCostly = operations.flatMap(([name, document]) => {
      const operation = document.definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
      );
      const cost = operation ? operationCost(schema, document, sampleVariables(schema, operation)) : 0;
      return cost > MAX_QUERY_COST ? [`${name} costs ${cost}`] : [];
    });
    expect(tooCostly).toEqual([]);
  });

  it(`refuses a query nested deeper than ${MAX_QUERY_DEPTH} levels, and answers the same query one level shallower`, async () => {
    const deep = await run(apollo, connection.graph, deepIntrospection(MAX_QUERY_DEPTH + 1));
    expect(deep.data).toBeNull();
    expect(deep.errors.map((e) => e.message)).toContain(
      `Syntax Error: Query depth limit of ${MAX_QUERY_DEPTH} exceeded, found ${MAX_QUERY_DEPTH + 1}.`,
    );
    const allowed = await run(apollo, connection.graph, deepIntrospection(MAX_QUERY_DEPTH));
    expect(allowed.errors).toEqual([]);
    expect(allowed.data).not.toBeNull();
  });

  it('refuses a query that asks for too much at once, counting pages given as variables and heavy fields, one with too many aliases, and one too long to parse', async () => {
    const page = (first: string) => `findings(first: ${first}) { nodes { id type reason evidence app { id name } person { id email } } }`;
    const graphAround = `neighbourhood { nodes { id kind label } edges { id label } }`;
    expect((await run(apollo, connection.graph, `{ ${page('200')} }`)).errors).toEqual([]);
    expect((await run(apollo, connection.graph, `{ finding(id: "any") { id ${graphAround} } }`)).errors.map((e) => e.code)).toEqual([
      'NOT_FOUND',
    ]);
    const withGraphs = `findings(first: $first) { nodes { id ${graphAround} } }`;
    expect((await run(apollo, connection.graph, `query($first: Int!) { ${withGraphs} }`, { first: 5 })).errors).toEqual([]);
    const costly = await run(apollo, connection.graph, `query($first: Int!) { ${withGraphs} }`, { first: 200 });
    expect(costly.data).toBeNull();
    expect(costly.status).toBe(400);
    expect(costly.errors[0]?.message).toMatch(new RegExp(`asks for too much at once: it costs \\d+, at most ${MAX_QUERY_COST}`));
    const heavy = Array.from({ length: 15 }, (_, i) => `a${i}: overdueReviewers { personId }`).join(' ');
    const aliasedHeavy = await run(apollo, connection.graph, `{ ${heavy} }`);
    expect(aliasedHeavy.data).toBeNull();
    expect(aliasedHeavy.errors[0]?.message).toMatch(/asks for too much at once/);
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const aliased = await run(apollo, connection.graph, `{ ${aliases} }`);
    expect(aliased.data).toBeNull();
    expect(aliased.errors[0]?.message).toMatch(/Aliases limit of 15 exceeded/);
    const long = await run(apollo, connection.graph, `{ me { ${'id '.repeat(MAX_TOKENS)}} }`);
    expect(long.data).toBeNull();
    expect(long.errors.map((e) => e.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(long.errors[0]?.message).toContain(`${MAX_TOKENS} tokens`);
  });

  it(`lets one user run ${MAX_HEAVY_QUERIES_PER_USER} heavy queries at once and refuses more with 429, without holding up anyone else`, async () => {
    const heavy = `{ overdueReviewers { personId } }`;
    const auditor: Viewer = {
      userId: 'test-auditor',
      email: 'auditor@test.example',
      displayName: 'Test Auditor',
      role: 'auditor',
      personId: null,
    };
    const [others, ...mine] = await Promise.all([
      run(apollo, connection.graph, heavy, {}, auditor),
      ...Array.from({ length: 8 }, () => run(apollo, connection.graph, heavy)),
    ]);
    const refused = mine.filter((outcome) => outcome.errors.length > 0);
    expect(mine.length - refused.length).toBeGreaterThanOrEqual(1);
    expect(mine.length - refused.length).toBeLessThanOrEqual(MAX_HEAVY_QUERIES_PER_USER);
    expect(refused.map((outcome) => [outcome.status, outcome.errors[0]?.code])).toEqual(refused.map(() => [429, 'TOO_MANY_REQUESTS']));
    expect(others?.errors).toEqual([]);
    expect((await run(apollo, connection.graph, heavy)).errors).toEqual([]);
  });

  it('stops a read that runs past the API timeout in Neo4j itself, and tells the client so without driver text', async () => {
    const started = Date.now();
    const timedOut: unknown = await connection.graph
      .withReadTimeout(300)
      .read('UNWIND range(1, 2000000000) AS n WITH n WHERE n % 7 = 0 RETURN count(n) AS multiples')
      .catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(timedOut).toBeInstanceOf(Neo4jError);
    const formatted = maskUnexpectedError(
      { message: (timedOut as Neo4jError).message, path: ['people'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      timedOut,
    );
    expect(formatted.message).toMatch(/took too long/);
    expect(formatted).toEqual({ message: formatted.message, path: ['people'], extensions: { code: 'QUERY_TIMEOUT' } });
  });

  it('masks an unexpected failure as "Internal server error", without driver text or a stack', async () => {
    const down = await connectTestGraph();
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
    const tooMany = await run(apollo, connection.graph, `query($first: Int!) { people(first: $first) { totalCount } }`, {
      first: MAX_PEOPLE_PAGE + 1,
    });
    expect(tooMany.errors[0]?.code).toBe('BAD_USER_INPUT');
    const conflict = { message: 'Someone decided this item first', extensions: { code: 'CONFLICT' } };
    expect(maskUnexpectedError(conflict, new Error('any'))).toEqual(conflict);
  });

  it('in production (the default, and `attest serve`): no introspection and no field name suggestions, unless ATTEST_GRAPHQL_INTROSPECTION=1', async () => {
    const introspect = `{ __schema { queryType { name } } }`;
    const typo = `{ overveiw { people } }`;
    const introspection = await run(production, connection.graph, introspect);
    expect(introspection.data).toBeNull();
    expect(introspection.errors[0]?.message).toMatch(/introspection/i);
    expect((await run(apollo, connection.graph, introspect)).errors).toEqual([]);
    expect((await run(apollo, connection.graph, typo)).errors[0]?.message).toContain('Did you mean');
    const hidden = await run(production, connection.graph, typo);
    expect(hidden.errors[0]?.message).toContain('Cannot query field "overveiw"');
    expect(hidden.errors[0]?.message).not.toContain('Did you mean');

    const byDefault = (await createHttpApp({ graph: connection.graph, catalog: loadCatalog() })).apollo;
    expect((await run(byDefault, connection.graph, introspect)).errors[0]?.message).toMatch(/introspection/i);
    await byDefault.stop();
    process.env.ATTEST_GRAPHQL_INTROSPECTION = '1';
    const opened = (await createHttpApp({ graph: connection.graph, catalog: loadCatalog(), production: true })).apollo;
    expect((await run(opened, connection.graph, introspect)).errors).toEqual([]);
    expect((await run(opened, connection.graph, typo)).errors[0]?.message).toContain('Did you mean');
    await opened.stop();
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
      const response = await fetch(`${server.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ overview { people } }` }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(body)).not.toContain('stacktrace');
    });
  });
});
