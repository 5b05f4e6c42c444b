/**
 * npm run bench:queries -- --people 10000: loads a generated organization into a throw-away
 * embedded Neo4j, serves the API, and prints p50 / p95 latency of each dashboard query measured
 * through GraphQL over HTTP. Target: every p95 at most 150 ms at 10k people.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { DemoOrg } from '../seed/org.types.js';
import { importVendorDir } from '../seed/vendor/load-vendor.js';
import { writeSeed } from '../seed/write-seed.js';
import { loadCatalog } from '../server/catalog/catalog.js';
import { connectGraph } from '../server/graph/connect.js';
import { freePort, startEmbeddedNeo4j } from '../server/graph/embedded/launcher.js';
import { SYSTEM_ACTOR } from '../server/audit/actor.js';
import { addUser } from '../server/auth/users.js';
import { createHttpApp } from '../server/http/app.js';
import { benchArgs, percentile } from './args.js';

const TARGET_P95_MS = 150;
const args = benchArgs({ people: 10_000, seed: 42, iterations: 40 });
const dataDir = mkdtempSync(join(tmpdir(), 'attest-bench-'));
const neo4j = await startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 });
const connection = await connectGraph({ uri: neo4j.uri, password: neo4j.password });
let server: Server | undefined;
try {
  const catalog = loadCatalog();
  let t = Date.now();
  const written = await writeSeed(join(dataDir, 'demo'), { people: args.people, seed: args.seed });
  const org = JSON.parse(readFileSync(written.orgPath, 'utf8')) as DemoOrg;
  await importVendorDir(connection.graph, catalog, new Date(org.now), written.vendorDir);
  console.log(
    `Loaded ${org.people.length} people, ${org.accounts.length} accounts, ${org.apps.length} apps through the importers in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );

  const { app } = await createHttpApp({ graph: connection.graph, catalog });
  const port = await freePort();
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  // The API answers signed-in users only: sign in as an admin, as the dashboard does.
  const credentials = { email: 'bench@attest.local', password: 'bench-password-long-enough' };
  await addUser(
    connection.graph,
    { ...credentials, role: 'admin', displayName: 'Bench', password: credentials.password },
    SYSTEM_ACTOR,
    new Date(),
  );
  const signIn = await fetch(`http://127.0.0.1:${port}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (signIn.status !== 200) throw new Error(`signing in failed: ${signIn.status} ${await signIn.text()}`);
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = (signIn.headers.getSetCookie().find((c) => c.startsWith('attest_session=')) ?? '').split(';')[0] ?? '';
  const post = async (query: string, variables: Record<string, unknown>): Promise<void> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0]?.message}`);
  };

  const biggestApp = org.apps
    .map((a) => ({ id: a.id, n: org.accounts.filter((x) => x.appId === a.id).length }))
    .sort((a, b) => b.n - a.n)[0]!.id;
  const managers = org.people.filter((p) => org.people.some((r) => r.managerId === p.id));
  const cases: { name: string; query: string; variables: (i: number) => Record<string, unknown> }[] = [
    {
      name: 'overview',
      query: `{ overview { people accounts seatsPaid seatsUsed monthlySpend monthlyWaste yearlyWaste findingCounts { type count monthlyCost } perApp { appId appName seatsPaid seatsUsed monthlyWaste } staleSources { scope } } }`,
      variables: () => ({}),
    },
    ...['ORPHANED_ACCOUNT', 'INACTIVE_USER', 'PENDING_INVITE'].map((type) => ({
      name: `findings ${type.toLowerCase()}`,
      query: `query($types: [FindingType!]) { findings(filter: { types: $types }, first: 50) { totalCount totalMonthlyCost nodes { id type severity app { name } account { email } person { displayName } monthlyCost reason } pageInfo { endCursor hasNextPage } } }`,
      variables: () => ({ types: [type] }),
    })),
    {
      name: 'apps list',
      query: `{ apps { id name vendor plan billingModel seatsPaid seatsUsed seatCap currency monthlySpend monthlyWaste yearlyWaste effectiveAdminCount minimumAdmins pendingInvites findingCount activityData } }`,
      variables: () => ({}),
    },
    {
      name: 'app page (largest app)',
      query: `query($id: ID!) { app(id: $id) { name seatsPaid seatsUsed monthlyWaste roles { name privilege holders { account { email } person { displayName } effective } } seatTypes { name held capacity } pendingInviteList { account { email } ageDays } integrations { name mode } caveats { text } findings { id type } } }`,
      variables: () => ({ id: biggestApp }),
    },
    {
      name: 'person page (managers)',
      query: `query($id: ID!) { person(id: $id) { displayName managerChain { displayName } reports { displayName accountCount } identities { login groups } accounts { app { name } roles status lastActiveAt findings { type } } } }`,
      variables: (i) => ({ id: managers[i % managers.length]!.id }),
    },
    {
      name: 'people search',
      query: `query($q: String) { people(search: $q, first: 25) { totalCount nodes { id displayName email accountCount findingCount } } }`,
      variables: (i) => ({ q: org.people[(i * 37) % org.people.length]!.lastName }),
    },
  ];

  console.log(`\n${'query'.padEnd(28)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  (${args.iterations} runs after 5 warm-up)`);
  let worst = 0;
  for (const c of cases) {
    for (let i = 0; i < 5; i++) await post(c.query, c.variables(i));
    const times: number[] = [];
    for (let i = 0; i < args.iterations; i++) {
      t = performance.now();
      await post(c.query, c.variables(i));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p95 = percentile(times, 95);
    worst = Math.max(worst, p95);
    console.log(
      `${c.name.padEnd(28)} ${percentile(times, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)}${p95 > TARGET_P95_MS ? '  over target' : ''}`,
    );
  }
  console.log(
    `\nWorst p95 ${worst.toFixed(1)} ms (target ${TARGET_P95_MS} ms at 10k people): ${worst <= TARGET_P95_MS ? 'met' : 'NOT met'}`,
  );
} finally {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await connection.close();
  await neo4j.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
