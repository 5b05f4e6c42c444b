/**
 * Checks the generated organization before it is written: structural consistency, no account whose
 * owner a looser reconciliation (alias domain, +tags, display name, username) would read differently
 * from the README's rules, and truth == what the README's rules produce. Any problem throws, so a
 * seed never ships a truth.json the findings engine could not match.
 */
import type { Catalog } from '../server/catalog/catalog.js';
import { buildOwnerIndex, evaluateFindings } from './evaluate.js';
import type { DemoOrg, PersonRecord } from './org.types.js';
import { findingKey, type KeyedFinding } from './truth.js';

function localPart(email: string): string {
  return email.slice(0, email.indexOf('@')).toLowerCase();
}

/** Lower case, +tag stripped, alias domains mapped to their primary. */
function looseEmail(email: string, aliases: Record<string, string>): string {
  const lower = email.toLowerCase();
  const at = lower.lastIndexOf('@');
  const local = lower.slice(0, at).replace(/\+.*$/, '');
  const domain = lower.slice(at + 1);
  return `${local}@${aliases[domain] ?? domain}`;
}

function structure(org: DemoOrg, problems: string[]): void {
  const unique = (what: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} ${id}`);
      seen.add(id);
    }
  };
  unique('person id', org.people.map((p) => p.id));
  unique('person email', org.people.flatMap((p) => [p.email, ...p.alternateEmails]));
  unique('identity id', org.identities.map((i) => i.id));
  unique('identity login', org.identities.map((i) => i.login));
  unique('app id', org.apps.map((a) => a.id));
  unique('app name', org.apps.map((a) => a.name));
  unique('account id', org.accounts.map((a) => a.id));
  unique('account email in app', org.accounts.map((a) => `${a.appId}|${a.email}`));
  unique('integration id', org.integrations.map((i) => i.id));
  unique('group id', org.groups.map((g) => g.id));

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
  const logins = new Set(org.identities.map((i) => i.login));
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

function ownership(org: DemoOrg, problems: string[]): void {
  const index = buildOwnerIndex(org);
  const aliases = org.organization.domainAliases;
  const looseByEmail = new Map<string, PersonRecord>();
  const names = new Set<string>();
  const locals = new Set<string>();
  for (const person of org.people) {
    for (const email of [person.email, ...person.alternateEmails]) {
      looseByEmail.set(looseEmail(email, aliases), person);
      locals.add(localPart(email));
    }
    names.add(person.displayName.toLowerCase());
  }
  const people = new Map(org.people.map((p) => [p.id, p]));
  for (const identity of org.identities) {
    const byNumber = identity.employeeNumber === null ? undefined : people.get(identity.employeeNumber);
    const byEmail = index.byEmail.get(identity.email.toLowerCase());
    if (byNumber && byEmail && byNumber !== byEmail) problems.push(`identity ${identity.login}: employee number and email name different people`);
  }
  for (const account of org.accounts) {
    const parts = index.ownerParts(account);
    if (parts.byEmail && parts.byIdentity && parts.byEmail !== parts.byIdentity) {
      problems.push(`${account.id}: email says ${parts.byEmail.id}, identity says ${parts.byIdentity.id}`);
    }
    const strict = parts.byEmail ?? parts.byIdentity;
    const loose = looseByEmail.get(looseEmail(account.email, aliases));
    if (loose && strict && loose !== strict) problems.push(`${account.id}: loose email match ${loose.id} differs from owner ${strict.id}`);
    if (strict) continue;
    if (loose) problems.push(`${account.id} (${account.email}): unowned by the rules but matches ${loose.id} after normalization`);
    if (names.has(account.displayName.toLowerCase())) problems.push(`${account.id}: unowned but has a person's display name ${account.displayName}`);
    if (locals.has(localPart(account.email)) || (account.username !== null && locals.has(account.username.toLowerCase()))) {
      problems.push(`${account.id}: unowned but its username/local part is a person's`);
    }
  }
}

function truth(org: DemoOrg, catalog: Catalog, expected: KeyedFinding[], problems: string[]): void {
  const evaluated = evaluateFindings(org, catalog);
  const want = new Map(expected.map((f) => [findingKey(f), f]));
  const got = new Map(evaluated.map((f) => [findingKey(f), f]));
  for (const [key, f] of want) if (!got.has(key)) problems.push(`planted but not produced by the rules: ${f.type} ${f.app} ${f.account ?? ''} (${key})`);
  for (const [key, f] of got) if (!want.has(key)) problems.push(`produced by the rules but not planted: ${f.type} ${f.app} ${f.account ?? ''} (${key})`);
  const visible = new Set<string>();
  for (const f of expected) {
    const key = `${f.type}|${f.app}|${f.account ?? ''}`;
    if (visible.has(key)) problems.push(`two truth findings read the same: ${key}`);
    visible.add(key);
  }
}

export function selfCheck(org: DemoOrg, catalog: Catalog, expected: KeyedFinding[]): void {
  const problems: string[] = [];
  structure(org, problems);
  ownership(org, problems);
  truth(org, catalog, expected, problems);
  if (problems.length > 0) {
    const shown = problems.slice(0, 25).join('\n  ');
    throw new Error(`seed (people ${org.people.length}, seed ${org.seed}): generated organization failed its self-check (${problems.length} problems):\n  ${shown}`);
  }
}
