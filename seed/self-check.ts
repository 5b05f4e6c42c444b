/**
 * Checks the generated organization before it is written: structural consistency, no account whose
 * owner reconciliation's user-name rule could read differently from the README's rules, no account
 * outside the planted hard cases that only a looser rule (normalized email, display name) matches, truth ==
 * what the README's rules produce, and every hard case holds by those rules (owner, review
 * candidates, findings). Any problem throws, so a seed never ships a truth.json the findings engine
 * could not match.
 */
import type { Catalog } from '../server/catalog/catalog.js';
import { buildOwnerIndex, evaluateFindings } from './evaluate.js';
import type { DemoOrg, HardCase, PersonRecord } from './org.types.js';
import { findingKey, type KeyedFinding } from './truth.js';

function localPart(email: string): string {
  return email.slice(0, email.indexOf('@')).toLowerCase();
}

function structure(org: DemoOrg, problems: string[]): void {
  const unique = (what: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} ${id}`);
      seen.add(id);
    }
  };
  unique(
    'person id',
    org.people.map((p) => p.id),
  );
  // A rehired person's records share the work email; only one of them may be current.
  unique(
    'person email of a current record',
    org.people.filter((p) => p.status !== 'terminated').flatMap((p) => [p.email, ...p.alternateEmails]),
  );
  unique(
    'alternate email',
    org.people.flatMap((p) => p.alternateEmails),
  );
  const current = new Set(org.people.filter((p) => p.status !== 'terminated').map((p) => p.email));
  const workEmails = new Map<string, number>();
  for (const p of org.people) workEmails.set(p.email, (workEmails.get(p.email) ?? 0) + 1);
  for (const [email, n] of workEmails)
    if (n > 1 && !current.has(email)) problems.push(`work email ${email} is on ${n} records, none of them current`);
  unique(
    'identity id',
    org.identities.map((i) => i.id),
  );
  unique(
    'identity login',
    org.identities.map((i) => `${i.idp}|${i.login}`),
  );
  unique(
    'app id',
    org.apps.map((a) => a.id),
  );
  unique(
    'app name',
    org.apps.map((a) => a.name),
  );
  unique(
    'account id',
    org.accounts.map((a) => a.id),
  );
  unique(
    'account email in app',
    org.accounts.map((a) => `${a.appId}|${a.email}`),
  );
  unique(
    'integration id',
    org.integrations.map((i) => i.id),
  );
  unique(
    'group id',
    org.groups.map((g) => g.id),
  );

  const people = new Map(org.people.map((p) => [p.id, p]));
  for (const person of org.people) {
    const seen = new Set<string>();
    let current: PersonRecord | undefined = person;
    while (current?.managerId) {
      if (seen.has(current.id)) {
        problems.push(`manager cycle at ${person.id}`);
        break;
      }
      seen.add(current.id);
      const manager = people.get(current.managerId);
      if (!manager) problems.push(`${current.id}: manager ${current.managerId} does not exist`);
      current = manager;
    }
  }
  const logins = new Set(org.identities.filter((i) => i.idp === 'okta').map((i) => i.login));
  const now = Date.parse(org.now);
  for (const account of org.accounts) {
    if (account.identityLogin !== null && !logins.has(account.identityLogin)) {
      problems.push(`${account.id}: identity ${account.identityLogin} does not exist`);
    }
    const created = Date.parse(account.createdAt);
    if (account.lastActiveAt !== null && (Date.parse(account.lastActiveAt) < created || Date.parse(account.lastActiveAt) > now)) {
      problems.push(`${account.id}: lastActiveAt ${account.lastActiveAt} outside [createdAt ${account.createdAt}, now]`);
    }
    if (created > now) problems.push(`${account.id}: created in the future`);
    if (account.status === 'invited' && account.invitedAt === null) problems.push(`${account.id}: invited without invitedAt`);
  }
  const accountIds = new Set(org.accounts.map((a) => a.id));
  for (const integration of org.integrations) {
    const by = integration.mode === 'workspace' ? integration.enabledByAccountId : integration.authorizedByAccountId;
    if (by === null || !accountIds.has(by)) problems.push(`${integration.id}: enabling/authorizing account missing`);
  }
}

function ownership(org: DemoOrg, cases: HardCase[], problems: string[]): void {
  const index = buildOwnerIndex(org);
  // Only the planted hard cases may need the looser rules (normalized email, display name).
  const appIds = new Map(org.apps.map((app) => [app.name, app.id]));
  const planted = new Set(cases.filter((c) => c.account !== null).map((c) => `${appIds.get(c.app ?? '') ?? ''}|${c.account ?? ''}`));
  const locals = new Set(org.people.map((p) => localPart(p.email)));
  for (const identity of org.identities) {
    if (identity.employeeNumber === null) continue;
    const byNumber = index.identityOwner(identity).owner;
    const byEmail = index.identityOwner({ ...identity, employeeNumber: null }).owner;
    if (byNumber && byEmail && byNumber !== byEmail)
      problems.push(`identity ${identity.login}: employee number and email name different people`);
  }
  for (const account of org.accounts) {
    const parts = index.ownerParts(account);
    if (parts.byEmail.owner && parts.byIdentity.owner && parts.byEmail.owner !== parts.byIdentity.owner) {
      problems.push(`${account.id}: email says ${parts.byEmail.owner.id}, identity says ${parts.byIdentity.owner.id}`);
    }
    const rule = index.ownership(account).rule;
    if ((rule === 'normalized_email' || rule === 'display_name') && !planted.has(`${account.appId}|${account.email}`)) {
      problems.push(`${account.id} (${account.email}): found by ${rule}, which only the planted hard cases may need`);
    }
    if (parts.byIdentity.owner || parts.byEmail.rule !== null) continue;
    // Reconciliation tries the user name before the display name: nothing the email rules leave
    // unowned may match a person that way.
    if (locals.has(localPart(account.email)) || (account.username !== null && locals.has(account.username.toLowerCase()))) {
      problems.push(`${account.id}: unowned by email but its username/local part is a person's`);
    }
  }
}

function hardCases(org: DemoOrg, expected: KeyedFinding[], cases: HardCase[], problems: string[]): void {
  const index = buildOwnerIndex(org);
  const appByName = new Map(org.apps.map((app) => [app.name, app]));
  const accounts = new Map(org.accounts.map((a) => [`${a.appId}|${a.email}`, a]));
  const ids = (people: PersonRecord[] | null): string =>
    people
      ? people
          .map((p) => p.employeeId)
          .sort()
          .join(',')
      : '';
  for (const hc of cases) {
    const where = `hard case ${hc.case} ${hc.app ?? ''} ${hc.account ?? ''}`;
    const app = hc.app === null ? undefined : appByName.get(hc.app);
    if (hc.app !== null && !app) problems.push(`${where}: no such app`);
    if (hc.botName !== undefined && !org.botUsers.some((b) => b.appId === app?.id && b.displayName === hc.botName))
      problems.push(`${where}: no bot ${hc.botName}`);
    if (hc.account === null || !app) continue;
    const account = accounts.get(`${app.id}|${hc.account}`);
    if (!account) {
      problems.push(`${where}: no such account`);
      continue;
    }
    const owned = index.ownership(account);
    if ((owned.owner?.employeeId ?? null) !== hc.employeeId)
      problems.push(`${where}: owner ${owned.owner?.employeeId ?? 'nobody'}, expected ${hc.employeeId ?? 'nobody'}`);
    if (hc.method !== null && owned.rule !== hc.method)
      problems.push(`${where}: found by ${owned.rule ?? 'no rule'}, expected ${hc.method}`);
    if ((hc.reviewCandidates ?? []).join(',') !== ids(owned.candidates))
      problems.push(`${where}: review candidates ${ids(owned.candidates)}, expected ${(hc.reviewCandidates ?? []).join(',')}`);
    const on = expected
      .filter((f) => f.accountId === account.id)
      .map((f) => f.type)
      .sort();
    if (on.join(',') !== hc.findings.join(',')) problems.push(`${where}: findings ${on.join(',')}, declared ${hc.findings.join(',')}`);
    for (const type of hc.appFindings) {
      if (!expected.some((f) => f.type === type && f.appId === app.id && f.accountId === null))
        problems.push(`${where}: no app finding ${type}`);
    }
    if (
      hc.identity &&
      !org.identities.some((i) => i.idp === hc.identity?.idp && i.email === hc.identity.email && i.status === hc.identity.status)
    ) {
      problems.push(`${where}: no ${hc.identity.idp} identity ${hc.identity.email} (${hc.identity.status})`);
    }
  }
}

function truth(org: DemoOrg, catalog: Catalog, expected: KeyedFinding[], problems: string[]): void {
  const evaluated = evaluateFindings(org, catalog);
  const want = new Map(expected.map((f) => [findingKey(f), f]));
  const got = new Map(evaluated.map((f) => [findingKey(f), f]));
  for (const [key, f] of want)
    if (!got.has(key)) problems.push(`planted but not produced by the rules: ${f.type} ${f.app} ${f.account ?? ''} (${key})`);
  for (const [key, f] of got)
    if (!want.has(key)) problems.push(`produced by the rules but not planted: ${f.type} ${f.app} ${f.account ?? ''} (${key})`);
  const visible = new Set<string>();
  for (const f of expected) {
    const key = `${f.type}|${f.app}|${f.account ?? ''}`;
    if (visible.has(key)) problems.push(`two truth findings read the same: ${key}`);
    visible.add(key);
  }
}

export function selfCheck(org: DemoOrg, catalog: Catalog, expected: KeyedFinding[], cases: HardCase[] = []): void {
  const problems: string[] = [];
  structure(org, problems);
  ownership(org, cases, problems);
  truth(org, catalog, expected, problems);
  hardCases(org, expected, cases, problems);
  if (problems.length > 0) {
    const shown = problems.slice(0, 25).join('\n  ');
    throw new Error(
      `seed (people ${org.people.length}, seed ${org.seed}): generated organization failed its self-check (${problems.length} problems):\n  ${shown}`,
    );
  }
}
