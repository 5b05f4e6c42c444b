import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { DemoOrg, HardCase, Truth, TruthFinding } from '../../seed/org.types.js';
import { importVendorDir } from '../../seed/vendor/load-vendor.js';
import { writeSeed } from '../../seed/write-seed.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { readRows } from '../../server/graph/decode.js';
import type { Graph } from '../../server/graph/graph.js';
import { HARD_CASE_FACTS } from './demo.queries.js';

/** A fixed "now" so the planted ages and the rules agree whatever day the tests run. */
export const TEST_NOW = '2026-11-20T00:00:00.000Z';

export interface LoadedDemo {
  org: DemoOrg;
  truth: Truth;
}

/**
 * Generates the organization as vendor export files and imports them into the (already emptied)
 * graph through the importers, as `npm start` does; reconciliation and findings run at the end.
 */
export async function loadGeneratedOrg(graph: Graph, people: number, seed: number): Promise<LoadedDemo> {
  const dir = mkdtempSync(join(tmpdir(), 'attest-demo-'));
  try {
    const written = await writeSeed(dir, { people, seed, now: TEST_NOW });
    await importVendorDir(graph, loadCatalog(), new Date(TEST_NOW), written.vendorDir);
    const org = JSON.parse(readFileSync(written.orgPath, 'utf8')) as DemoOrg;
    const truth = JSON.parse(readFileSync(written.truthPath, 'utf8')) as Truth;
    return { org, truth };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function findingKey(f: { type: string; app: string; account: string | null }): string {
  return `${f.type} | ${f.app} | ${f.account ?? '-'}`;
}

export function countByType(findings: TruthFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

/** A finding as the engine reports it, as far as the hard-case checks need. */
export interface ReportedFinding {
  type: string;
  severity: string;
  appName: string;
  accountEmail: string | null;
  reason: string;
}

/** HARD_CASE_FACTS */
const accountFacts = z.object({
  i: z.number(),
  found: z.boolean(),
  kind: z.string().nullable(),
  status: z.string().nullable(),
  needsReview: z.boolean().nullable(),
  candidates: z.array(z.string()),
  owners: z.array(z.object({ employeeId: z.string(), method: z.string(), reason: z.string() })),
  signsInWith: z.array(z.object({ idp: z.string(), status: z.string(), email: z.string().nullable() })),
  identity: z.object({ idp: z.string(), status: z.string(), vendorStatus: z.string().nullable(), owned: z.boolean() }).nullable(),
  bots: z.number(),
});

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return [...a].sort().join(',') === [...b].sort().join(',');
}

/**
 * Checks every hard case of truth.json against the imported, reconciled graph and the findings the
 * engine reported: the owner (by employee id, and how it was linked), the review flag and its
 * candidates, the identity, the account kind and status, and exactly the findings declared.
 * Returns one line per problem (empty when every case holds).
 */
export async function hardCaseProblems(graph: Graph, cases: HardCase[], reported: ReportedFinding[]): Promise<string[]> {
  const params = {
    cases: cases.map((c, i) => ({
      i,
      app: c.app,
      account: c.account,
      identityIdp: c.identity?.idp ?? null,
      identityEmail: c.identity?.email ?? null,
      botName: c.botName ?? null,
    })),
  };
  const rows = await readRows(graph, HARD_CASE_FACTS, params, accountFacts, 'hard-case-facts');
  const problems: string[] = [];
  for (const row of rows) {
    const c = cases[row.i];
    if (!c) continue;
    const say = (text: string): void => {
      problems.push(`${c.case} ${c.app ?? ''} ${c.account ?? ''}: ${text}`);
    };
    if (c.botName !== undefined && row.bots > 0) say(`the bot ${c.botName} was imported as an account`);
    if (c.identity) {
      const identity = row.identity;
      if (!identity) say(`no ${c.identity.idp} identity ${c.identity.email}`);
      else if (identity.status !== c.identity.status)
        say(`identity ${c.identity.email} is ${identity.status}, expected ${c.identity.status}`);
      if (c.case === 'entra_pending_guest' && identity && (identity.vendorStatus !== 'PendingAcceptance' || identity.owned)) {
        say(
          `the guest identity should be PendingAcceptance and nobody's (vendorStatus ${identity.vendorStatus ?? 'none'}, owned ${String(identity.owned)})`,
        );
      }
    }
    const onApp = reported.filter((f) => f.appName === c.app && f.accountEmail === null).map((f) => f.type);
    for (const type of c.appFindings) if (!onApp.includes(type)) say(`no ${type} finding on the app`);
    if (c.case === 'sole_admin_left' && reported.find((f) => f.type === 'sole_admin' && f.appName === c.app)?.severity !== 'critical')
      say('sole_admin is not critical');
    if (c.account === null) continue;
    if (!row.found) {
      say('no such account in the graph');
      continue;
    }
    const mine = reported.filter((f) => f.appName === c.app && f.accountEmail === c.account);
    if (
      !sameSet(
        mine.map((f) => f.type),
        c.findings,
      )
    )
      say(
        `findings [${mine
          .map((f) => f.type)
          .sort()
          .join(', ')}], expected [${c.findings.join(', ')}]`,
      );
    const owners = row.owners;
    if (c.employeeId !== null) {
      if (owners.length !== 1 || owners[0]?.employeeId !== c.employeeId)
        say(`linked to [${owners.map((o) => o.employeeId).join(', ')}], expected ${c.employeeId}`);
      else if (c.method !== null && owners[0]?.method !== c.method) say(`linked by ${owners[0]?.method ?? '?'}, expected ${c.method}`);
      if (c.case === 'rehired_person' && c.method !== 'idp_assignment' && !owners[0]?.reason.includes('rehired'))
        say(`the link reason does not say rehired: ${owners[0]?.reason ?? ''}`);
    } else if (owners.length > 0) say(`linked to ${owners.map((o) => o.employeeId).join(', ')}, expected nobody`);
    if (c.reviewCandidates !== null) {
      if (row.needsReview !== true || !sameSet(row.candidates, c.reviewCandidates)) {
        say(`review flag ${String(row.needsReview)} with [${row.candidates.join(', ')}], expected [${c.reviewCandidates.join(', ')}]`);
      }
      const orphan = mine.find((f) => f.type === 'orphaned_account');
      if (orphan && !orphan.reason.includes(`matches ${c.reviewCandidates.length} people`))
        say(`the orphaned reason does not name the candidates: ${orphan.reason}`);
    } else if (row.needsReview === true) say(`flagged for review with [${row.candidates.join(', ')}]`);
    if (c.kind !== undefined) {
      if (row.kind !== c.kind) say(`kind ${row.kind ?? 'none'}, expected ${c.kind}`);
      const orphan = mine.find((f) => f.type === 'orphaned_account');
      if (orphan && !orphan.reason.toLowerCase().includes(`${c.kind} account`))
        say(`the orphaned reason does not say ${c.kind} account: ${orphan.reason}`);
    }
    if (c.accountStatus !== undefined && row.status !== c.accountStatus) say(`status ${row.status ?? 'none'}, expected ${c.accountStatus}`);
    if (
      c.identity &&
      c.identity.idp === 'okta' &&
      !row.signsInWith.some((i) => i.idp === 'okta' && i.status === c.identity?.status && i.email === c.identity.email)
    ) {
      say(`does not sign in with the ${c.identity.status} okta identity ${c.identity.email}`);
    }
  }
  return problems;
}

export function countByCase(cases: HardCase[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of cases) counts[c.case] = (counts[c.case] ?? 0) + 1;
  return counts;
}
