import { expect } from 'vitest';
import { ADMIN_PRIVILEGES } from '../../server/catalog/privilege.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { evaluateFindings } from '../../seed/evaluate.js';
import { generateOrg } from '../../seed/generate.js';
import type { AccountRecord, AppRecord, DemoOrg, PersonRecord, Truth, TruthFinding } from '../../seed/org.types.js';

/** Generated organizations and the checks that hold at every size: the unit tests run them small, test/slow at thousands of people. */

export const NOW = '2026-03-01';
export const DAY_MS = 86_400_000;
export const catalog = loadCatalog();

export const HARD_CASES = [
  'case_variant_email',
  'plus_addressing',
  'alias_domain',
  'rehired_person',
  'same_name',
  'contractor_personal_email',
  'service_account',
  'shared_account',
  'slack_bot',
  'atlassian_never_accessed',
  'okta_staged',
  'entra_pending_guest',
  'suspended_okta_user',
  'sole_admin_left',
] as const;

const generated = new Map<string, { org: DemoOrg; truth: Truth }>();

/** The organization for these options, generated once per test file. */
export function gen(people: number, seed: number): { org: DemoOrg; truth: Truth } {
  const cacheKey = `${people}/${seed}`;
  let result = generated.get(cacheKey);
  if (!result) {
    result = generateOrg({ people, seed, now: NOW });
    generated.set(cacheKey, result);
  }
  return result;
}

export function findingKey(f: TruthFinding): string {
  return `${f.type}|${f.app}|${f.account ?? ''}`;
}

export function truthKeys(truth: Truth): Set<string> {
  return new Set(truth.findings.map(findingKey));
}

export function indexOrg(org: DemoOrg) {
  const appById = new Map(org.apps.map((a) => [a.id, a]));
  const appByName = new Map(org.apps.map((a) => [a.name, a]));
  const personByEmail = new Map<string, PersonRecord>();
  for (const p of org.people) for (const e of [p.email, ...p.alternateEmails]) personByEmail.set(e, p);
  const accountsOf = (app: AppRecord): AccountRecord[] => org.accounts.filter((a) => a.appId === app.id);
  const app = (account: AccountRecord): AppRecord => {
    const found = appById.get(account.appId);
    if (!found) throw new Error(`no app ${account.appId}`);
    return found;
  };
  const entry = (a: AppRecord) => catalog.get(a.catalogKey);
  const isAdmin = (account: AccountRecord): boolean =>
    account.roleNames.some((n) =>
      entry(app(account)).roles.some((r) => r.name === n && (ADMIN_PRIVILEGES as readonly string[]).includes(r.privilege)),
    );
  return { appById, appByName, personByEmail, accountsOf, app, entry, isAdmin };
}

/** One root, no cycles, every manager exists and is active. */
export function expectManagerTree(org: DemoOrg): void {
  const byId = new Map(org.people.map((p) => [p.id, p]));
  expect(org.people.filter((p) => p.managerId === null)).toHaveLength(1);
  for (const person of org.people) {
    const seen = new Set<string>();
    let current: PersonRecord | undefined = person;
    while (current && current.managerId !== null) {
      expect(seen.has(current.id)).toBe(false);
      seen.add(current.id);
      const manager = byId.get(current.managerId);
      expect(manager, `${current.id}'s manager ${current.managerId}`).toBeDefined();
      expect(manager?.status).not.toBe('terminated');
      current = manager;
    }
  }
}

/** Account emails are unique and lower-case within an app, and its timestamps agree with each other and with HR. */
export function expectAccountsConsistent(org: DemoOrg): void {
  const ix = indexOrg(org);
  const seen = new Set<string>();
  const now = Date.parse(NOW);
  for (const a of org.accounts) {
    const k = `${a.appId}|${a.email}`;
    expect(seen.has(k), k).toBe(false);
    seen.add(k);
    expect(a.email).toBe(a.email.toLowerCase());
    const created = Date.parse(a.createdAt);
    expect(created).toBeLessThanOrEqual(now);
    if (a.lastActiveAt !== null) {
      expect(Date.parse(a.lastActiveAt)).toBeGreaterThanOrEqual(created);
      expect(Date.parse(a.lastActiveAt)).toBeLessThanOrEqual(now);
    }
    const person = ix.personByEmail.get(a.email);
    // (A staged new hire's account is provisioned before the start date.)
    if (person && Date.parse(person.startDate) <= now) expect(created).toBeGreaterThanOrEqual(Date.parse(person.startDate));
    if (a.status === 'invited') {
      expect(a.invitedAt).not.toBeNull();
      expect(a.lastActiveAt).toBeNull();
    }
  }
}

/** The truth lists only accounts that exist in the org under that app, sorted, without repeats. */
export function expectFindingsListedOnce(org: DemoOrg, truth: Truth, seed: number): void {
  const ix = indexOrg(org);
  const emailsByApp = new Map<string, Set<string>>();
  for (const a of org.accounts) {
    const name = ix.app(a).name;
    emailsByApp.set(name, (emailsByApp.get(name) ?? new Set()).add(a.email));
  }
  for (const f of truth.findings) {
    expect(ix.appByName.has(f.app), f.app).toBe(true);
    if (f.type === 'sole_admin' || f.type === 'unassigned_seats') expect(f.account).toBeNull();
    else expect(emailsByApp.get(f.app)?.has(f.account ?? ''), `${f.type} ${f.app} ${f.account}`).toBe(true);
  }
  const keys = truth.findings.map(findingKey);
  expect(new Set(keys).size).toBe(keys.length);
  const sorted = [...truth.findings].sort(
    (a, b) =>
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
      (a.app < b.app ? -1 : a.app > b.app ? 1 : 0) ||
      ((a.account ?? '') < (b.account ?? '') ? -1 : (a.account ?? '') > (b.account ?? '') ? 1 : 0),
  );
  expect(truth.findings).toEqual(sorted);
  expect(truth.seed).toBe(seed);
}

/** The planted truth equals what a literal reading of the findings README produces on the data. */
export function expectTruthIsEvaluation(org: DemoOrg, truth: Truth): void {
  const evaluated = new Set(evaluateFindings(org, catalog).map(findingKey));
  expect([...evaluated].sort()).toEqual([...truthKeys(truth)].sort());
}

/** Every hard case is planted, and each instance lists findings the truth has, on an account the org has. */
export function expectHardCasesPlanted(org: DemoOrg, truth: Truth): void {
  const cases = new Set(truth.hardCases.map((h) => h.case));
  expect([...HARD_CASES].filter((c) => !cases.has(c))).toEqual([]);
  const keys = truthKeys(truth);
  const ix = indexOrg(org);
  const accounts = new Set(org.accounts.map((a) => `${ix.app(a).name}|${a.email}`));
  for (const h of truth.hardCases) {
    for (const type of h.findings) expect(keys.has(`${type}|${h.app}|${h.account}`), `${h.case} ${type} ${h.account}`).toBe(true);
    for (const type of h.appFindings) expect(keys.has(`${type}|${h.app}|`), `${h.case} ${type} ${h.app}`).toBe(true);
    expect(h.expect.length).toBeGreaterThan(20);
    if (h.account !== null) expect(accounts.has(`${h.app}|${h.account}`), h.account).toBe(true);
  }
}
