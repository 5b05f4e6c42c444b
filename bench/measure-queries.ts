/**
 * measureQueries: serves the API over an already loaded graph and measures each dashboard page's
 * query through GraphQL over HTTP, as the dashboard sends it: p50 / p95 latency, and the database
 * hits of one profiled run (every statement the services run for the request, with PROFILE).
 * Used by bench/queries.ts and by the scale benchmark.
 */
import type { Server } from 'node:http';
import { z } from 'zod';
import { SYSTEM_ACTOR, type Actor } from '../server/audit/actor.js';
import { addUser, readUser } from '../server/auth/users.js';
import type { Catalog } from '../server/catalog/catalog.js';
import { now as clockNow } from '../server/config/now.js';
import { readRows } from '../server/graph/decode.js';
import { freePort } from '../server/graph/embedded/launcher.js';
import type { Graph } from '../server/graph/graph.js';
import { limitParam } from '../server/graph/values.js';
import { createHttpApp } from '../server/http/app.js';
import { listCampaigns } from '../server/reviews/campaign-read.js';
import { createCampaign } from '../server/reviews/create-campaign.js';
import { launchCampaign } from '../server/reviews/launch-campaign.js';
import { percentile } from './args.js';
import { ProfilingGraph } from './profiling-graph.js';
import * as q from './targets.queries.js';
import * as pages from './page-queries.js';

export const TARGET_P95_MS = 150;
const PASSWORD = 'bench-password-long-enough';
const CAMPAIGN_NAME = 'Bench: every account';

export interface QueryTiming {
  name: string;
  p50: number;
  p95: number;
  /** Database hits of one profiled request (all its statements). */
  dbHits: number;
  statements: number;
}

export interface MeasureOptions {
  /** Timed runs per query, after the warm-up (default 40). */
  iterations?: number;
  warmup?: number;
  /** Launch (or reuse) a campaign over every account and measure its page (default true). */
  campaign?: boolean;
  log?: (line: string) => void;
}

interface Case {
  name: string;
  session: Session;
  query: string;
  variables: (i: number) => Record<string, unknown>;
}

interface Session {
  cookie: string;
  csrfToken: string;
}

const idRow = z.object({ id: z.string() });

/** Measures every dashboard query over `graph` (already loaded, findings refreshed); prints and returns the table. */
export async function measureQueries(graph: Graph, catalog: Catalog, options: MeasureOptions = {}): Promise<QueryTiming[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const iterations = options.iterations ?? 40;
  const warmup = options.warmup ?? 5;
  const [largestApp] = await readRows(
    graph,
    q.LARGEST_APP,
    {},
    z.object({ id: z.string(), name: z.string(), accounts: z.number() }),
    'bench',
  );
  const [manager] = await readRows(
    graph,
    q.LARGEST_MANAGER,
    {},
    z.object({ id: z.string(), email: z.string(), reports: z.number() }),
    'bench',
  );
  if (!largestApp || !manager) throw new Error('the graph has no app or no manager: load an organization first');
  const managers = (await readRows(graph, q.SOME_MANAGERS, { limit: limitParam(200, 200) }, idRow, 'bench')).map((m) => m.id);
  const lastNames = (
    await readRows(graph, q.SOME_LAST_NAMES, { limit: limitParam(400, 400) }, z.object({ lastName: z.string() }), 'bench')
  ).map((p) => p.lastName);
  log(`Largest app: ${largestApp.name} (${largestApp.accounts} accounts); largest manager: ${manager.email} (${manager.reports} reports)`);

  const admin = await ensureUser(graph, 'bench-admin@attest.local', 'admin');
  await ensureUser(graph, manager.email, 'manager');
  const campaignId = options.campaign === false ? null : await everythingCampaign(graph, admin, manager.id, log);

  const profiled = new ProfilingGraph(graph);
  const { app } = await createHttpApp({ graph: profiled, catalog });
  const port = await freePort();
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening));
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    const asAdmin = await signIn(base, 'bench-admin@attest.local');
    const asManager = await signIn(base, manager.email);
    const cases: Case[] = [
      { name: 'overview', session: asAdmin, query: pages.OVERVIEW, variables: () => ({}) },
      { name: 'overview leaver tile', session: asAdmin, query: pages.OVERVIEW_LEAVER_TILE, variables: () => ({}) },
      { name: 'overview activity', session: asAdmin, query: pages.OVERVIEW_ACTIVITY, variables: () => ({}) },
      { name: 'overview trend', session: asAdmin, query: pages.OVERVIEW_TREND, variables: () => ({}) },
      ...['ORPHANED_ACCOUNT', 'INACTIVE_USER', 'PENDING_INVITE'].map((type) => ({
        name: `findings ${type.toLowerCase()}`,
        session: asAdmin,
        query: pages.FINDINGS,
        variables: () => ({ filter: { types: [type] }, sort: 'SEVERITY', first: 50 }),
      })),
      {
        name: 'findings app+cost sort',
        session: asAdmin,
        query: pages.FINDINGS,
        variables: () => ({ filter: { types: ['ORPHANED_ACCOUNT', 'INACTIVE_USER'], apps: [largestApp.id] }, sort: 'COST', first: 50 }),
      },
      {
        name: 'findings search+person',
        session: asAdmin,
        query: pages.FINDINGS,
        variables: (i) => ({
          filter: { severities: ['HIGH', 'MEDIUM'], search: lastNames[i % lastNames.length] },
          sort: 'PERSON',
          first: 50,
        }),
      },
      { name: 'apps list', session: asAdmin, query: pages.APPS, variables: () => ({}) },
      { name: 'app page (largest)', session: asAdmin, query: pages.APP_PAGE, variables: () => ({ id: largestApp.id }) },
      {
        name: 'person page (managers)',
        session: asAdmin,
        query: pages.PERSON_PAGE,
        variables: (i) => ({ id: managers[i % managers.length] }),
      },
      {
        name: 'people search',
        session: asAdmin,
        query: pages.PEOPLE,
        variables: (i) => ({ search: lastNames[(i * 37) % lastNames.length], first: 25 }),
      },
      { name: 'people (no search)', session: asAdmin, query: pages.PEOPLE, variables: () => ({ search: null, first: 25 }) },
      { name: 'my team (largest)', session: asManager, query: pages.MY_TEAM, variables: () => ({ flaggedOnly: false, first: 25 }) },
      { name: 'my team flagged', session: asManager, query: pages.MY_TEAM, variables: () => ({ flaggedOnly: true, first: 25 }) },
    ];
    if (campaignId !== null) {
      cases.push(
        { name: 'campaign page', session: asAdmin, query: pages.CAMPAIGN_PAGE, variables: () => ({ id: campaignId }) },
        { name: 'campaign items', session: asAdmin, query: pages.CAMPAIGN_ITEMS, variables: () => ({ id: campaignId, first: 50 }) },
        {
          name: 'campaign items by app',
          session: asAdmin,
          query: pages.CAMPAIGN_ITEMS,
          variables: () => ({ id: campaignId, appId: largestApp.id, decision: 'UNDECIDED', first: 50 }),
        },
      );
    }

    const results: QueryTiming[] = [];
    log(
      `\n${'query'.padEnd(26)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'db hits'.padStart(10)}  (${iterations} runs after ${warmup} warm-up)`,
    );
    for (const c of cases) {
      for (let i = 0; i < warmup; i++) await post(base, c.session, c.query, c.variables(i));
      profiled.reset();
      profiled.profiling = true;
      try {
        await post(base, c.session, c.query, c.variables(0));
      } finally {
        profiled.profiling = false;
      }
      const { dbHits, statements } = profiled;
      const heaviest = [...profiled.statementHits].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3);
      const times: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const started = performance.now();
        await post(base, c.session, c.query, c.variables(i));
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const timing = { name: c.name, p50: percentile(times, 50), p95: percentile(times, 95), dbHits, statements };
      results.push(timing);
      log(
        `${c.name.padEnd(26)} ${timing.p50.toFixed(1).padStart(8)} ${timing.p95.toFixed(1).padStart(8)} ${String(dbHits).padStart(10)}${timing.p95 > TARGET_P95_MS ? '  over target' : ''}`,
      );
      if (timing.p95 > TARGET_P95_MS) {
        for (const heavy of heaviest) log(`${''.padEnd(28)}${String(heavy.dbHits).padStart(9)}  ${heavy.statement}`);
      }
    }
    const worst = Math.max(...results.map((r) => r.p95));
    log(`\nWorst p95 ${worst.toFixed(1)} ms (target ${TARGET_P95_MS} ms): ${worst <= TARGET_P95_MS ? 'met' : 'NOT met'}`);
    return results;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

async function ensureUser(graph: Graph, email: string, role: 'admin' | 'manager'): Promise<Actor> {
  const existing = await readUser(graph, email);
  const user =
    existing ?? (await addUser(graph, { email, role, displayName: `Bench ${role}`, password: PASSWORD }, SYSTEM_ACTOR, new Date()));
  return { id: user.id, name: user.displayName, role: user.role };
}

/** The campaign over every live account: reused when an earlier run launched it, else created and launched (timed). */
async function everythingCampaign(graph: Graph, admin: Actor, ownerId: string, log: (line: string) => void): Promise<string> {
  const existing = (await listCampaigns(graph)).find((c) => c.name === CAMPAIGN_NAME && c.status === 'active');
  if (existing) return existing.id;
  const now = clockNow();
  const draft = await createCampaign(
    graph,
    {
      name: `${CAMPAIGN_NAME}${(await listCampaigns(graph)).some((c) => c.name === CAMPAIGN_NAME) ? ` ${now.getTime()}` : ''}`,
      period: String(now.getUTCFullYear()),
      scopeKind: 'all',
      dueAt: new Date(now.getTime() + 30 * 24 * 3600_000),
      owner: ownerId,
    },
    admin,
    now,
  );
  const started = Date.now();
  const launched = await launchCampaign(graph, draft.id, admin, now);
  log(`Launched "${draft.name}": ${launched.populationCount} items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return draft.id;
}

async function signIn(base: string, email: string): Promise<Session> {
  const response = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`signing in as ${email} failed: ${response.status} ${await response.text()}`);
  const { csrfToken } = z.object({ csrfToken: z.string() }).parse(await response.json());
  const cookie = (response.headers.getSetCookie().find((c) => c.startsWith('attest_session=')) ?? '').split(';')[0] ?? '';
  return { cookie, csrfToken };
}

async function post(base: string, session: Session, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: JSON.stringify({ query, variables }),
  });
  const body = z.object({ errors: z.array(z.object({ message: z.string() })).optional() }).parse(await response.json());
  const [error] = body.errors ?? [];
  if (error) throw new Error(`${query.trim().slice(0, 40)}…: ${error.message}`);
}
