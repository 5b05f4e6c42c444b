import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_TYPES, type FindingType } from '../../server/findings/rules/index.js';
import { generateOrg } from '../../seed/generate.js';
import type { AccountRecord, AppRecord, DemoOrg, Truth } from '../../seed/org.types.js';
import { writeSeed } from '../../seed/write-seed.js';
import {
  catalog,
  DAY_MS,
  expectAccountsConsistent,
  expectFindingsListedOnce,
  expectHardCasesPlanted,
  expectManagerTree,
  expectTruthIsEvaluation,
  gen,
  HARD_CASES,
  indexOrg,
  NOW,
  truthKeys,
} from '../support/generated-org.js';

// Organizations of thousands of people are checked in test/slow/seed-generate-large.test.ts.

describe('generateOrg: determinism and shape', () => {
  it('gives byte-identical JSON for the same options', () => {
    const a = generateOrg({ people: 300, seed: 42, now: NOW });
    const b = generateOrg({ people: 300, seed: 42, now: NOW });
    expect(JSON.stringify(a.org)).toBe(JSON.stringify(b.org));
    expect(JSON.stringify(a.truth)).toBe(JSON.stringify(b.truth));
  });

  it('gives a different organization for a different seed', () => {
    const a = gen(300, 42);
    const b = gen(300, 43);
    expect(JSON.stringify(a.org)).not.toBe(JSON.stringify(b.org));
    expect(a.org.people.map((p) => p.email)).not.toEqual(b.org.people.map((p) => p.email));
  });

  it.each([20, 300, 1234])('honours people = %i', (people) => {
    const { org, truth } = generateOrg({ people, seed: 3, now: NOW });
    expect(org.people).toHaveLength(people);
    expect(truth.people).toBe(people);
    expect(new Set(org.people.map((p) => p.employeeId)).size).toBe(people);
    for (const p of org.people) expect(p.employeeId).toMatch(/^E\d{5}$/);
  });

  it('rejects sizes outside 20..1,000,000', () => {
    expect(() => generateOrg({ people: 19, seed: 1, now: NOW })).toThrow(/people/);
    expect(() => generateOrg({ people: 1_000_001, seed: 1, now: NOW })).toThrow(/people/);
  });

  it('records now in org and truth; reads ATTEST_NOW, else today at midnight UTC', () => {
    const explicit = gen(300, 42);
    expect(explicit.org.now).toBe('2026-03-01T00:00:00.000Z');
    expect(explicit.truth.now).toBe(explicit.org.now);
    const saved = process.env.ATTEST_NOW;
    try {
      process.env.ATTEST_NOW = '2026-01-15';
      expect(generateOrg({ people: 20, seed: 1 }).org.now).toBe('2026-01-15T00:00:00.000Z');
      delete process.env.ATTEST_NOW;
      const today = new Date();
      const midnight = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())).toISOString();
      expect(generateOrg({ people: 20, seed: 1 }).org.now).toBe(midnight);
    } finally {
      if (saved === undefined) delete process.env.ATTEST_NOW;
      else process.env.ATTEST_NOW = saved;
    }
  });

  it('is Acme Corp with its alias domain', () => {
    const { org } = gen(300, 42);
    expect(org.organization).toEqual({ name: 'Acme Corp', domains: ['acme.com'], domainAliases: { 'acme.io': 'acme.com' } });
  });
});

describe('generateOrg: people, identities, apps', () => {
  it.each([
    [20, 1],
    [300, 42],
  ])('has a manager tree at %i people: one root, no cycles, every manager exists and is active', (people, seed) => {
    expectManagerTree(gen(people, seed).org);
  });

  it('has terminated, on-leave and future people, emails first.last@acme.com, some alternates', () => {
    const { org, truth } = gen(300, 42);
    const ix = indexOrg(org);
    const now = Date.parse(NOW);
    const terminated = org.people.filter((p) => p.status === 'terminated');
    expect(terminated.length).toBeGreaterThanOrEqual(10);
    expect(terminated.every((p) => p.endDate !== null)).toBe(true);
    expect(terminated.filter((p) => now - Date.parse(p.endDate ?? '') > 60 * DAY_MS).length).toBeGreaterThan(terminated.length / 2);
    expect(org.people.filter((p) => p.status === 'leave').length).toBeGreaterThanOrEqual(5);
    const future = org.people.filter((p) => Date.parse(p.startDate) > now);
    expect(future.length).toBeGreaterThanOrEqual(1);
    const staged = new Set(truth.hardCases.filter((h) => h.case === 'okta_staged').map((h) => `${h.app}|${h.account}`));
    for (const p of future) {
      expect(p.status).toBe('active');
      expect(org.identities.find((i) => i.employeeNumber === p.employeeId)?.status).toBe('staged');
      // Only the planted okta_staged hard case: an account provisioned before day one, never used.
      for (const a of org.accounts.filter((x) => x.email === p.email)) {
        expect(staged.has(`${ix.app(a).name}|${a.email}`), a.email).toBe(true);
        expect(a.lastActiveAt).toBeNull();
      }
    }
    // Everyone at acme.com, except the contractor HR lists under a personal address.
    const contractors = org.people.filter((p) => !p.email.endsWith('@acme.com'));
    expect(contractors).toHaveLength(1);
    expect(contractors[0]?.email).toMatch(/^[a-z]+\.[a-z]+\.contractor@gmail\.com$/);
    for (const p of org.people) if (!contractors.includes(p)) expect(p.email).toMatch(/^[a-z]+\.[a-z]+\d*@acme\.com$/);
    expect(org.people.some((p) => p.alternateEmails.length > 0)).toBe(true);
    const departments = new Set(org.people.map((p) => p.department));
    for (const d of [
      'Engineering',
      'Product',
      'Design',
      'Marketing',
      'Sales',
      'Customer Success',
      'Finance',
      'People',
      'IT',
      'Legal',
      'Operations',
    ]) {
      expect(departments.has(d)).toBe(true);
    }
  });

  it('plants leavers deprovisioned in Okta within a day of their termination date and leavers deprovisioned days late', () => {
    const { org } = gen(300, 42);
    const byNumber = new Map(org.identities.map((i) => [i.employeeNumber, i]));
    const hours = org.people
      .filter((p) => p.status === 'terminated' && p.endDate !== null)
      .flatMap((p) => {
        const identity = byNumber.get(p.employeeId);
        if (identity?.status !== 'deprovisioned' || !identity.statusChangedAt) return [];
        return [(Date.parse(identity.statusChangedAt) - Date.parse(`${p.endDate}T00:00:00Z`)) / 3_600_000];
      });
    expect(hours.filter((h) => h > 0 && h <= 24).length).toBeGreaterThanOrEqual(1);
    expect(hours.filter((h) => h > 24).length).toBeGreaterThanOrEqual(1);
  });

  it('gives every person except those terminated long ago one Okta identity matching HR', () => {
    const { org } = gen(300, 42);
    const byNumber = new Map(org.identities.map((i) => [i.employeeNumber, i]));
    const now = Date.parse(NOW);
    for (const p of org.people) {
      const identity = byNumber.get(p.employeeId);
      const longGone = p.status === 'terminated' && now - Date.parse(p.endDate ?? '') > 60 * DAY_MS;
      if (longGone) {
        expect(identity).toBeUndefined();
        continue;
      }
      expect(identity?.login).toBe(p.email);
      if (p.status === 'terminated') expect(identity?.status).toBe('deprovisioned');
      if (identity?.status === 'staged') expect(identity.lastLoginAt).toBeNull();
    }
    expect(org.identities.some((i) => i.isAdmin)).toBe(true);
    expect(org.groups.some((g) => g.name === 'Everyone')).toBe(true);
    expect(org.groups.some((g) => g.appIds.length > 0)).toBe(true);
  });

  it('has the named apps, each consistent with its catalog entry and plan', () => {
    const { org } = gen(300, 42);
    const ix = indexOrg(org);
    for (const name of [
      'Jasper',
      'JetStack AI',
      'Jestor',
      'Jira (acme)',
      'Confluence (acme)',
      'Slack',
      'GitHub',
      'Google Workspace',
      'Zoom',
      'Figma',
      'Notion',
      'Salesforce',
      '1Password',
    ]) {
      expect(ix.appByName.has(name), name).toBe(true);
    }
    expect(org.accounts.some((a) => a.status === 'suspended')).toBe(true);
    const people = new Map(org.people.map((p) => [p.id, p]));
    for (const app of org.apps) {
      const entry = ix.entry(app);
      const plan = entry.plans.find((p) => p.name === app.plan);
      expect(plan, `${app.name} plan ${app.plan}`).toBeDefined();
      if (app.ssoEnforced) expect(plan?.ssoAvailable).toBe(true);
      if (app.scimEnabled) expect(plan?.scimAvailable).toBe(true);
      const owner = people.get(app.ownerPersonId ?? '');
      expect(owner?.status).toBe('active');
      expect(org.people.some((p) => p.managerId === owner?.id)).toBe(true);
      const held = new Map<string, number>();
      let total = 0;
      for (const a of ix.accountsOf(app)) {
        for (const role of a.roleNames)
          expect(
            entry.roles.map((r) => r.name),
            `${app.name} role`,
          ).toContain(role);
        if (a.seatType !== null) expect(entry.seatTypes.map((s) => s.name)).toContain(a.seatType);
        if (!plan?.ssoAvailable) expect(a.identityLogin).toBeNull();
        if (!entry.activityData) expect(a.lastActiveAt).toBeNull();
        const holds =
          a.removedAt === null && a.seatType !== null && (a.status === 'active' || (a.status === 'invited' && entry.invitesConsumeSeat));
        if (holds && a.seatType !== null) {
          held.set(a.seatType, (held.get(a.seatType) ?? 0) + 1);
          total += 1;
        }
      }
      for (const [seat, n] of held) expect(app.seatCapacity[seat] ?? 0, `${app.name} ${seat}`).toBeGreaterThanOrEqual(n);
      if (plan?.seatCap != null) {
        const purchased = Object.values(app.seatCapacity).reduce<number>((s, n) => s + (n ?? 0), 0);
        expect(total).toBeLessThanOrEqual(plan.seatCap);
        expect(purchased).toBeLessThanOrEqual(plan.seatCap);
      }
      for (const role of entry.roles) {
        const holders = ix
          .accountsOf(app)
          .filter((a) => a.removedAt === null && a.status === 'active' && a.roleNames.includes(role.name)).length;
        if (role.maxHolders !== undefined) expect(holders, `${app.name} ${role.name}`).toBeLessThanOrEqual(role.maxHolders);
        if (role.minHolders !== undefined) expect(holders, `${app.name} ${role.name}`).toBeGreaterThanOrEqual(role.minHolders);
      }
    }
  });

  it('puts Jasper on a plan whose seat cap fits (Pro at 20 people, a larger plan at 300)', () => {
    const jasperSmall = gen(20, 1).org.apps.find((a) => a.name === 'Jasper');
    const jasperLarge = gen(300, 42).org.apps.find((a) => a.name === 'Jasper');
    const capOf = (app: AppRecord | undefined) => catalog.get('jasper').plans.find((p) => p.name === app?.plan)?.seatCap;
    expect(capOf(jasperSmall)).not.toBeNull();
    expect(capOf(jasperLarge)).toBeNull();
  });

  it.each([
    [20, 1],
    [300, 42],
  ])('keeps account emails unique within an app and timestamps consistent at %i people', (people, seed) => {
    expectAccountsConsistent(gen(people, seed).org);
  });

  it('has at least one app without activity data, whose accounts have no lastActiveAt', () => {
    const { org } = gen(300, 42);
    const ix = indexOrg(org);
    const blind = org.apps.filter((a) => !ix.entry(a).activityData);
    expect(blind.length).toBeGreaterThan(0);
    for (const app of blind) {
      const accounts = ix.accountsOf(app);
      expect(accounts.length).toBeGreaterThan(0);
      expect(accounts.every((a) => a.lastActiveAt === null)).toBe(true);
    }
  });

  it('has Jasper workspace (Semrush) and user (SharePoint) integrations and user-mode grants elsewhere', () => {
    const { org } = gen(300, 42);
    const ix = indexOrg(org);
    const jasper = ix.appByName.get('Jasper');
    const semrush = org.integrations.find((i) => i.appId === jasper?.id && i.name === 'Semrush');
    expect(semrush?.mode).toBe('workspace');
    expect(semrush?.enabledByAccountId).not.toBeNull();
    expect(org.integrations.some((i) => i.appId === jasper?.id && i.name === 'SharePoint' && i.mode === 'user')).toBe(true);
    for (const name of ['JetStack AI', 'Slack', 'GitHub', 'Notion']) {
      expect(
        org.integrations.some((i) => i.appId === ix.appByName.get(name)?.id && i.mode === 'user'),
        name,
      ).toBe(true);
    }
  });
});

describe('generateOrg: truth', () => {
  it.each([
    [300, 42],
    [300, 43],
    [300, 7],
  ])('plants every finding type at least twice at %i people (seed %i)', (people, seed) => {
    const { truth } = gen(people, seed);
    for (const type of FINDING_TYPES) {
      expect(truth.findings.filter((f) => f.type === type).length, type).toBeGreaterThanOrEqual(2);
    }
  });

  it('plants at least one of every type at 20 people', () => {
    const { truth } = gen(20, 1);
    for (const type of FINDING_TYPES)
      expect(
        truth.findings.some((f) => f.type === type),
        type,
      ).toBe(true);
  });

  it.each([
    [20, 1],
    [300, 42],
  ])('lists only accounts that exist in the org under that app, sorted, without repeats, at %i people', (people, seed) => {
    const { org, truth } = gen(people, seed);
    expectFindingsListedOnce(org, truth, seed);
  });

  it.each([
    [20, 1],
    [300, 42],
    [300, 43],
  ])('equals what a literal reading of the findings README produces at %i people (seed %i)', (people, seed) => {
    const { org, truth } = gen(people, seed);
    expectTruthIsEvaluation(org, truth);
  });
});

describe('generateOrg: planted cases and their negatives', () => {
  const { org, truth } = gen(300, 42);
  const ix = indexOrg(org);
  const keys = truthKeys(truth);
  const now = Date.parse(NOW);
  const found = (type: FindingType, account: AccountRecord): boolean => keys.has(`${type}|${ix.app(account).name}|${account.email}`);

  it('orphans: unknown address, recent leaver, suspended identity', () => {
    const orphans = truth.findings.filter((f) => f.type === 'orphaned_account');
    expect(orphans.some((f) => f.account === 'former.contractor@acme.com')).toBe(true);
    const leaver = org.people.find(
      (p) =>
        p.status === 'terminated' &&
        now - Date.parse(p.endDate ?? '') < 60 * DAY_MS &&
        org.accounts.some((a) => a.email === p.email && a.status === 'active' && a.removedAt === null),
    );
    expect(leaver).toBeDefined();
    for (const a of org.accounts.filter((x) => x.email === leaver?.email && x.status === 'active' && x.removedAt === null)) {
      expect(found('orphaned_account', a)).toBe(true);
    }
    const suspended = org.identities.find((i) => i.status === 'suspended');
    expect(ix.personByEmail.get(suspended?.email ?? '')?.status).toBe('active');
    const signsIn = org.accounts.filter((a) => a.identityLogin === suspended?.login && a.status === 'active' && a.removedAt === null);
    expect(signsIn.length).toBeGreaterThan(0);
    for (const a of signsIn) expect(found('orphaned_account', a)).toBe(true);
  });

  it('negative: a recently terminated person whose accounts were all deactivated or suspended raises nothing', () => {
    const offboarded = org.people.filter(
      (p) =>
        p.status === 'terminated' &&
        now - Date.parse(p.endDate ?? '') < 60 * DAY_MS &&
        org.accounts.some((a) => a.email === p.email) &&
        org.accounts.filter((a) => a.email === p.email).every((a) => a.status === 'deactivated' || a.status === 'suspended'),
    );
    expect(offboarded.length).toBeGreaterThan(0);
    for (const p of offboarded) expect(truth.findings.some((f) => f.account === p.email)).toBe(false);
  });

  it("acme.io accounts are never external: orphaned when they match nobody, clean when they are a person's address on the alias", () => {
    const alias = org.accounts.filter((a) => a.email.endsWith('@acme.io'));
    const someones = alias.filter((a) => ix.personByEmail.has(a.email.replace(/@acme\.io$/, '@acme.com')));
    expect(alias.length - someones.length).toBeGreaterThan(0);
    expect(someones.length).toBeGreaterThan(0);
    for (const a of alias) {
      expect(found('external_account', a)).toBe(false);
      expect(found('orphaned_account', a)).toBe(a.status === 'active' && !someones.includes(a));
    }
  });

  it('pending invites: fresh and expired in seat-holding apps; invites in seatless apps are not findings', () => {
    const invited = org.accounts.filter((a) => a.status === 'invited' && a.email.endsWith('@acme.com'));
    const holding = invited.filter((a) => ix.entry(ix.app(a)).invitesConsumeSeat);
    const seatless = invited.filter((a) => !ix.entry(ix.app(a)).invitesConsumeSeat);
    expect(holding.length).toBeGreaterThanOrEqual(2);
    expect(seatless.length).toBeGreaterThanOrEqual(2);
    for (const a of holding) expect(found('pending_invite', a)).toBe(true);
    for (const a of seatless) expect(truth.findings.some((f) => f.app === ix.app(a).name && f.account === a.email)).toBe(false);
    const age = (a: AccountRecord) => (now - Date.parse(a.invitedAt ?? '')) / DAY_MS;
    expect(holding.some((a) => age(a) <= 5)).toBe(true);
    expect(
      holding.some((a) => {
        const expiry = ix.entry(ix.app(a)).inviteExpiryDays;
        return age(a) >= 2 * (expiry ?? 15);
      }),
    ).toBe(true);
  });

  it('sole admin: Jasper keeps one effective admin plus an admin on leave; another app has only a leaver', () => {
    const jasper = ix.appByName.get('Jasper');
    if (!jasper) throw new Error('no Jasper');
    expect(keys.has('sole_admin|Jasper|')).toBe(true);
    const admins = ix.accountsOf(jasper).filter((a) => a.removedAt === null && a.status === 'active' && ix.isAdmin(a));
    const owners = admins.map((a) => ix.personByEmail.get(a.email)?.status);
    expect(owners.filter((s) => s === 'active')).toHaveLength(1);
    expect(owners).toContain('leave');
    const zero = truth.findings.filter((f) => f.type === 'sole_admin' && f.app !== 'Jasper');
    expect(zero.length).toBeGreaterThan(0);
    const zeroApp = ix.appByName.get(zero[0]?.app ?? '');
    if (!zeroApp) throw new Error('no zero-admin app');
    const zeroAdmins = ix.accountsOf(zeroApp).filter((a) => a.removedAt === null && a.status === 'active' && ix.isAdmin(a));
    expect(zeroAdmins.length).toBeGreaterThan(0);
    for (const a of zeroAdmins) {
      expect(ix.personByEmail.get(a.email)?.status).toBe('terminated');
      expect(found('orphaned_account', a)).toBe(true);
    }
  });

  it('every other app has at least its minimum effective admins', () => {
    const flagged = new Set(truth.findings.filter((f) => f.type === 'sole_admin').map((f) => f.app));
    for (const app of org.apps) {
      if (flagged.has(app.name)) continue;
      const effective = ix
        .accountsOf(app)
        .filter(
          (a) => a.removedAt === null && a.status === 'active' && ix.isAdmin(a) && ix.personByEmail.get(a.email)?.status === 'active',
        );
      expect(effective.length, app.name).toBeGreaterThanOrEqual(ix.entry(app).minimumAdmins);
    }
  });

  it('inactive: stale and never-active accounts; people on leave and apps without activity data are not reported', () => {
    const inactive = truth.findings.filter((f) => f.type === 'inactive_user');
    expect(inactive.length).toBeGreaterThanOrEqual(2);
    const accounts = inactive.map((f) => org.accounts.find((a) => a.email === f.account && ix.app(a).name === f.app));
    expect(accounts.some((a) => a?.lastActiveAt === null)).toBe(true);
    // An Atlassian active account that never signed in reads as an unaccepted invite, so none is planted there.
    for (const a of accounts) if (a?.lastActiveAt === null) expect(ix.app(a).catalogKey.startsWith('atlassian')).toBe(false);
    expect(accounts.some((a) => a?.lastActiveAt != null && now - Date.parse(a.lastActiveAt) >= 120 * DAY_MS)).toBe(true);
    const onLeaveOld = org.accounts.filter(
      (a) =>
        a.status === 'active' &&
        a.lastActiveAt !== null &&
        now - Date.parse(a.lastActiveAt) > 120 * DAY_MS &&
        ix.personByEmail.get(a.email)?.status === 'leave',
    );
    expect(onLeaveOld.length).toBeGreaterThan(0);
    for (const a of onLeaveOld) expect(found('inactive_user', a)).toBe(false);
    for (const f of inactive) expect(ix.entry(ix.appByName.get(f.app) as AppRecord).activityData).toBe(true);
    // Clean activity is far from the threshold: every unreported active account was active within 45 days.
    for (const a of org.accounts) {
      if (a.status !== 'active' || a.removedAt !== null || a.lastActiveAt === null || found('inactive_user', a)) continue;
      if (ix.personByEmail.get(a.email)?.status === 'leave') continue;
      expect(now - Date.parse(a.lastActiveAt), a.id).toBeLessThanOrEqual(45 * DAY_MS);
    }
  });

  it('integrations left behind: workspace key of a removed admin, user connections of leavers; others are clean', () => {
    const left = truth.findings.filter((f) => f.type === 'integration_left_behind');
    expect(left.some((f) => f.app === 'Jasper')).toBe(true);
    const byId = new Map(org.accounts.map((a) => [a.id, a]));
    const semrush = org.integrations.find((i) => i.name === 'Semrush' && i.mode === 'workspace');
    const enabler = byId.get(semrush?.enabledByAccountId ?? '');
    expect(enabler?.removedAt).not.toBeNull();
    expect(enabler && ix.isAdmin(enabler)).toBe(true);
    expect(keys.has(`integration_left_behind|Jasper|${enabler?.email}`)).toBe(true);
    const userMode = org.integrations.filter((i) => i.mode === 'user');
    const clean = userMode.filter((i) => {
      const a = byId.get(i.authorizedByAccountId ?? '');
      return a && a.status === 'active' && a.removedAt === null && ix.personByEmail.get(a.email)?.status === 'active';
    });
    expect(clean.length).toBeGreaterThan(0);
    for (const i of clean) {
      const a = byId.get(i.authorizedByAccountId ?? '') as AccountRecord;
      expect(found('integration_left_behind', a)).toBe(false);
    }
    expect(userMode.length - clean.length).toBeGreaterThan(0);
  });

  it('duplicates: second seat under an HR alternate email; a deactivated one is not a duplicate', () => {
    const dups = truth.findings.filter((f) => f.type === 'duplicate_account');
    for (const f of dups) {
      const person = ix.personByEmail.get(f.account ?? '');
      expect(person?.alternateEmails).toContain(f.account);
      const app = ix.appByName.get(f.app) as AppRecord;
      expect(ix.accountsOf(app).some((a) => a.email === person?.email && a.status === 'active')).toBe(true);
      expect(keys.has(`duplicate_account|${f.app}|${person?.email}`)).toBe(false);
    }
    const deactivatedAlternates = org.accounts.filter(
      (a) => a.status === 'deactivated' && a.removedAt === null && ix.personByEmail.get(a.email)?.alternateEmails.includes(a.email),
    );
    expect(deactivatedAlternates.length).toBeGreaterThan(0);
    for (const a of deactivatedAlternates)
      expect(truth.findings.some((f) => f.app === ix.app(a).name && f.account === a.email)).toBe(false);
  });

  it('privileged without SSO only where the plan has SSO; admins of SSO-less plans are not reported', () => {
    const flagged = truth.findings.filter((f) => f.type === 'privileged_without_sso');
    for (const f of flagged) {
      const app = ix.appByName.get(f.app) as AppRecord;
      expect(ix.entry(app).plans.find((p) => p.name === app.plan)?.ssoAvailable).toBe(true);
    }
    const ssoLessAdmins = org.accounts.filter((a) => {
      const app = ix.app(a);
      return (
        a.status === 'active' &&
        a.removedAt === null &&
        ix.isAdmin(a) &&
        ix.entry(app).plans.find((p) => p.name === app.plan)?.ssoAvailable === false
      );
    });
    expect(ssoLessAdmins.length).toBeGreaterThan(0);
    for (const a of ssoLessAdmins) {
      expect(a.identityLogin).toBeNull();
      expect(found('privileged_without_sso', a)).toBe(false);
    }
  });

  it('externals: active guests (also orphaned) and an invited guest in a seatless app (external only)', () => {
    // (The contractor's own accounts are external but owned: see the hard cases.)
    const external = org.accounts.filter(
      (a) => !a.email.endsWith('@acme.com') && !a.email.endsWith('@acme.io') && !ix.personByEmail.has(a.email),
    );
    const active = external.filter((a) => a.status === 'active');
    const invited = external.filter((a) => a.status === 'invited');
    expect(active.length).toBeGreaterThanOrEqual(2);
    expect(invited.length).toBeGreaterThanOrEqual(1);
    for (const a of active) {
      expect(found('external_account', a)).toBe(true);
      expect(found('orphaned_account', a)).toBe(true);
    }
    for (const a of invited) {
      expect(ix.entry(ix.app(a)).invitesConsumeSeat).toBe(false);
      expect(found('external_account', a)).toBe(true);
      expect(truth.findings.filter((f) => f.app === ix.app(a).name && f.account === a.email)).toHaveLength(1);
    }
  });
});

describe('generateOrg: hard cases of reconciliation', () => {
  it('plants every hard case at 300 people and lists each instance with its findings', () => {
    const { org, truth } = gen(300, 42);
    expectHardCasesPlanted(org, truth);
  });

  const { org, truth } = gen(300, 42);
  const of = (name: (typeof HARD_CASES)[number]) => truth.hardCases.filter((h) => h.case === name);

  it('rehire: two HR records share the work email; the accounts belong to the active, later one', () => {
    const [entry] = of('rehired_person');
    const records = org.people.filter((p) => p.email === entry?.person);
    expect(records.map((p) => p.status).sort()).toEqual(['active', 'terminated']);
    const [current, former] = [records.find((p) => p.status === 'active'), records.find((p) => p.status === 'terminated')];
    expect(current?.employeeId).toBe(entry?.employeeId);
    expect(former?.displayName).toBe(current?.displayName);
    expect(Date.parse(former?.endDate ?? '')).toBeLessThan(Date.parse(current?.startDate ?? ''));
    expect(org.identities.some((i) => i.employeeNumber === former?.employeeId)).toBe(false);
    // One of the accounts is not behind the IdP, so only its email can name the owner.
    expect(
      of('rehired_person')
        .map((h) => h.method)
        .sort(),
    ).toEqual(['exact_email', 'idp_assignment']);
  });

  it('same name: the ambiguous account lists every namesake as a candidate; theirs link by email', () => {
    const ambiguous = of('same_name').find((h) => h.reviewCandidates !== null);
    const candidates = org.people.filter((p) => ambiguous?.reviewCandidates?.includes(p.employeeId));
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(candidates.map((p) => p.displayName)).size).toBe(1);
    expect(new Set(candidates.map((p) => p.email)).size).toBe(candidates.length);
    expect(ambiguous?.findings).toEqual(['external_account', 'orphaned_account']);
    expect(
      of('same_name')
        .filter((h) => h.person !== null)
        .map((h) => h.person)
        .sort(),
    ).toEqual(candidates.map((p) => p.email).sort());
  });

  it('variants of a work email, the contractor, the staged hire and the Entra guest', () => {
    expect(of('case_variant_email')[0]?.exportedAs).toMatch(/[A-Z]/);
    expect(of('plus_addressing')[0]?.account).toMatch(/^[a-z.]+\+[a-z0-9]+@acme\.com$/);
    expect(of('alias_domain')[0]?.account).toMatch(/@acme\.io$/);
    for (const h of [...of('case_variant_email'), ...of('plus_addressing'), ...of('alias_domain')]) {
      expect(h.findings).toEqual([]);
      expect(h.person).toMatch(/@acme\.com$/);
    }
    expect(of('contractor_personal_email').length).toBeGreaterThan(0);
    for (const h of of('contractor_personal_email')) expect(h).toMatchObject({ person: h.account, findings: ['external_account'] });
    expect(of('okta_staged')[0]).toMatchObject({ method: 'idp_assignment', findings: [], identity: { idp: 'okta', status: 'staged' } });
    expect(of('entra_pending_guest')[0]).toMatchObject({
      person: null,
      findings: ['external_account', 'orphaned_account'],
      identity: { idp: 'entra', status: 'staged' },
    });
    expect(of('sole_admin_left')[0]).toMatchObject({ findings: ['orphaned_account'], appFindings: ['sole_admin'] });
    expect(of('service_account').map((h) => h.kind)).toEqual(['service', 'service']);
    expect(of('shared_account')[0]).toMatchObject({ kind: 'shared', findings: ['orphaned_account'] });
  });

  it('writes each hard case the way the vendor exports it', async () => {
    const base = await mkdtemp(join(tmpdir(), 'attest-seed-hard-'));
    try {
      const written = await writeSeed(base, { people: 300, seed: 42, now: NOW });
      const vendor = (path: string) => readFile(join(written.vendorDir, path), 'utf8');
      const manifest = JSON.parse(await vendor('manifest.json')) as { kind: string; path: string; completeness?: string }[];
      expect(manifest.filter((e) => e.kind === 'hr-csv')).toEqual([{ kind: 'hr-csv', path: 'hr.csv' }]);
      // One HR export, as BambooHR writes it: the rehire's earlier record (Inactive) and the current one share the work email.
      const rehire = of('rehired_person')[0];
      const records = (await vendor('hr.csv')).split('\r\n').filter((line) => line.includes(`,${rehire?.person},`));
      expect(records).toHaveLength(2);
      expect(records.filter((line) => line.includes('Inactive'))).toHaveLength(1);
      expect(records.some((line) => line.startsWith(`${rehire?.employeeId},`))).toBe(true);
      const entra = JSON.parse(await vendor('entra/users.json')) as {
        value: { mail: string; userType: string; externalUserState: string | null; userPrincipalName: string }[];
      };
      const guest = entra.value.find((u) => u.mail === of('entra_pending_guest')[0]?.account);
      expect(guest).toMatchObject({ userType: 'Guest', externalUserState: 'PendingAcceptance' });
      expect(guest?.userPrincipalName).toContain('#EXT#');
      expect(entra.value.some((u) => u.userType === 'Member')).toBe(true);
      const invite = of('atlassian_never_accessed')[0];
      const row = (await vendor('atlassian/users.csv')).split('\r\n').find((line) => line.includes(`,${invite?.account},`));
      expect(row).toContain(',Active,');
      expect(row).toContain('Never accessed');
      const slack = JSON.parse(await vendor('slack/slack.json')) as { members: { is_bot: boolean; real_name: string }[] };
      expect(slack.members.some((m) => m.is_bot && m.real_name === of('slack_bot')[0]?.botName)).toBe(true);
      const variant = of('case_variant_email')[0];
      const slug = (variant?.app ?? '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
      expect(await vendor(`accounts/${slug}.csv`)).toContain(`${variant?.exportedAs},`);
      const github = JSON.parse(await vendor('github/github.json')) as { members: { type: string; email: string }[] };
      expect(github.members.find((m) => m.email === 'deploy-bot@acme.com')?.type).toBe('Bot');
      const zoom = await vendor('accounts/zoom.csv');
      expect(zoom.split('\r\n')[0]).toContain('Account kind');
      expect(zoom).toMatch(/support@acme\.com,.*,shared/);
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});

describe('writeSeed', () => {
  it('creates the directory and writes org.json and truth.json', async () => {
    const base = await mkdtemp(join(tmpdir(), 'attest-seed-'));
    try {
      const dir = join(base, 'nested', 'out');
      const result = await writeSeed(dir, { people: 300, seed: 42, now: NOW });
      expect(result.orgPath).toBe(join(dir, 'org.json'));
      expect(result.truthPath).toBe(join(dir, 'truth.json'));
      const org = JSON.parse(await readFile(result.orgPath, 'utf8')) as DemoOrg;
      const truth = JSON.parse(await readFile(result.truthPath, 'utf8')) as Truth;
      const expected = gen(300, 42);
      expect(org).toEqual(expected.org);
      expect(truth).toEqual(expected.truth);
      expect(Object.keys(truth)).toEqual(['seed', 'people', 'now', 'findings', 'hardCases']);
      expect(result.counts.people).toBe(300);
      expect(result.counts.accounts).toBe(org.accounts.length);
      expect(result.counts.findings).toBe(truth.findings.length);
      const again = await writeSeed(join(base, 'again'), { people: 300, seed: 42, now: NOW });
      expect(await readFile(again.orgPath, 'utf8')).toBe(await readFile(result.orgPath, 'utf8'));
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
