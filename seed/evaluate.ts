/**
 * A reference reading of server/findings/README.md over a DemoOrg, used to check that truth.json
 * lists exactly what the rules produce on the generated data. It follows the README literally,
 * including its definition of the owner: the IdP identity the account signs in with (whose owner is
 * found by employee number, else by email), else the account email (work email, HR alternate
 * email, same mailbox after normalization), else the display name; a rule that finds several people
 * names nobody (the account waits for review), except that the email rules take the one current
 * record of a rehired person whose other records are all terminated. (Matching by user name is not
 * read here: the self-check makes sure no account the rules leave unowned could match that way.)
 */
import type { Catalog } from '../server/catalog/catalog.js';
import type { CatalogEntry } from '../server/catalog/catalog.types.js';
import { DEFAULT_INACTIVITY_DAYS, isAdminPrivilege } from './catalog-rules.js';
import type { AccountRecord, AppRecord, DemoOrg, IdentityRecord, PersonRecord } from './org.types.js';
import type { KeyedFinding } from './truth.js';

const DAY_MS = 86_400_000;
const NEVER_ACTIVE_DAYS = 30;
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** The rule that found the owner, named as reconciliation names its link methods. */
export type OwnerRule = 'employee_id' | 'idp_assignment' | 'exact_email' | 'hr_alternate_email' | 'normalized_email' | 'display_name';

/** Who an account (or identity) belongs to by the README's rules. */
export interface Ownership {
  owner: PersonRecord | undefined;
  rule: OwnerRule | null;
  /** Several people matched the deciding rule: nobody owns it until a person decides. */
  candidates: PersonRecord[] | null;
}

const NOBODY: Ownership = { owner: undefined, rule: null, candidates: null };

export interface OwnerIndex {
  identityByLogin: Map<string, IdentityRecord>;
  /** Owner by the email rules only, and through the identity only, before they are combined. */
  ownerParts(account: AccountRecord): { byEmail: Ownership; byIdentity: Ownership };
  identityOwner(identity: IdentityRecord): Ownership;
  ownership(account: AccountRecord): Ownership;
  owner(account: AccountRecord): PersonRecord | undefined;
}

/** The mailbox an address delivers to: lower case, +tag dropped, Gmail dots dropped, alias domains mapped. */
export function mailbox(email: string, aliases: Record<string, string>): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 1) return lower;
  const domain = aliases[lower.slice(at + 1)] ?? lower.slice(at + 1);
  let local = lower.slice(0, at).replace(/\+.*$/, '');
  if (DOTLESS_DOMAINS.has(domain)) local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}

function push(map: Map<string, PersonRecord[]>, key: string, person: PersonRecord): void {
  const list = map.get(key);
  if (!list) map.set(key, [person]);
  else if (!list.includes(person)) list.push(person);
}

/** One person: the owner. Several: nobody, unless `rehire` and exactly one is not terminated. */
function decide(candidates: PersonRecord[] | undefined, rule: OwnerRule, rehire: boolean): Ownership | null {
  if (!candidates || candidates.length === 0) return null;
  if (candidates.length === 1) return { owner: candidates[0], rule, candidates: null };
  const current = candidates.filter((p) => p.status !== 'terminated');
  if (rehire && current.length === 1) return { owner: current[0], rule, candidates: null };
  return { owner: undefined, rule, candidates };
}

export function buildOwnerIndex(org: DemoOrg): OwnerIndex {
  const aliases = Object.fromEntries(Object.entries(org.organization.domainAliases).map(([a, p]) => [a.toLowerCase(), p.toLowerCase()]));
  const byWork = new Map<string, PersonRecord[]>();
  const byAlternate = new Map<string, PersonRecord[]>();
  const byMailbox = new Map<string, PersonRecord[]>();
  const byName = new Map<string, PersonRecord[]>();
  const byEmployeeId = new Map<string, PersonRecord>();
  for (const person of org.people) {
    push(byWork, person.email.toLowerCase(), person);
    push(byMailbox, mailbox(person.email, aliases), person);
    for (const alternate of person.alternateEmails) {
      push(byAlternate, alternate.toLowerCase(), person);
      push(byMailbox, mailbox(alternate, aliases), person);
    }
    push(byName, person.displayName.toLowerCase(), person);
    byEmployeeId.set(person.employeeId, person);
  }
  const byEmail = (email: string): Ownership =>
    decide(byWork.get(email.toLowerCase()), 'exact_email', true) ??
    decide(byAlternate.get(email.toLowerCase()), 'hr_alternate_email', true) ??
    decide(byMailbox.get(mailbox(email, aliases)), 'normalized_email', true) ??
    NOBODY;
  const identityByLogin = new Map(org.identities.filter((i) => i.idp === 'okta').map((identity) => [identity.login, identity]));
  const identityOwner = (identity: IdentityRecord): Ownership => {
    const numbered = identity.employeeNumber === null ? undefined : byEmployeeId.get(identity.employeeNumber);
    if (numbered) return { owner: numbered, rule: 'employee_id', candidates: null };
    const first = byEmail(identity.email);
    return first.rule !== null || identity.login === identity.email ? first : byEmail(identity.login);
  };
  const ownerParts = (account: AccountRecord) => {
    const identity = account.identityLogin === null ? undefined : identityByLogin.get(account.identityLogin);
    const viaIdentity = identity ? identityOwner(identity).owner : undefined;
    return {
      byEmail: byEmail(account.email),
      byIdentity: viaIdentity ? { owner: viaIdentity, rule: 'idp_assignment' as const, candidates: null } : NOBODY,
    };
  };
  const ownership = (account: AccountRecord): Ownership => {
    const parts = ownerParts(account);
    if (parts.byIdentity.owner) return parts.byIdentity;
    if (parts.byEmail.rule !== null) return parts.byEmail;
    const name = account.displayName.toLowerCase();
    return (name.includes(' ') ? decide(byName.get(name), 'display_name', false) : null) ?? NOBODY;
  };
  return {
    identityByLogin,
    ownerParts,
    identityOwner,
    ownership,
    owner: (account) => ownership(account).owner,
  };
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** README unassigned_seats: purchased seats of a paid seat type above those held, where the app bills purchased seats. */
function unassignedSeats(app: AppRecord, entry: CatalogEntry, billedHeld: Map<string, number>): boolean {
  if (entry.billingModel === 'per_active_user') return false;
  return entry.seatTypes.some((seat) => {
    const capacity = app.seatCapacity[seat.name];
    if (capacity === undefined || capacity === null || seat.monthlyCost <= 0) return false;
    return capacity > (billedHeld.get(`${app.id}|${seat.name}`) ?? 0);
  });
}

export function evaluateFindings(org: DemoOrg, catalog: Catalog): KeyedFinding[] {
  const now = Date.parse(org.now);
  const owners = buildOwnerIndex(org);
  const orgDomains = new Set(
    [...org.organization.domains, ...Object.keys(org.organization.domainAliases), ...Object.values(org.organization.domainAliases)].map(
      (d) => d.toLowerCase(),
    ),
  );
  const apps = new Map<string, { app: AppRecord; entry: CatalogEntry }>(
    org.apps.map((app) => [app.id, { app, entry: catalog.get(app.catalogKey) }]),
  );
  const accountsById = new Map(org.accounts.map((account) => [account.id, account]));
  const findings: KeyedFinding[] = [];
  const report = (type: KeyedFinding['type'], app: AppRecord, account: AccountRecord | null): void => {
    findings.push({ type, app: app.name, account: account?.email ?? null, appId: app.id, accountId: account?.id ?? null });
  };

  const isAdmin = (entry: CatalogEntry, account: AccountRecord): boolean =>
    account.roleNames.some((name) => entry.roles.some((role) => role.name === name && isAdminPrivilege(role)));
  const holdsSeat = (entry: CatalogEntry, account: AccountRecord): boolean =>
    account.removedAt === null &&
    account.seatType !== null &&
    (account.status === 'active' || (account.status === 'invited' && entry.invitesConsumeSeat));

  const effectiveAdmins = new Map<string, number>(org.apps.map((app) => [app.id, 0]));
  /** Seats the vendor bills, by app and seat type: active, invited where invites bill, suspended where suspending keeps the seat. */
  const billedHeld = new Map<string, number>();
  const seatHolders = new Map<string, AccountRecord[]>();

  for (const account of org.accounts) {
    const found = apps.get(account.appId);
    if (!found) continue;
    const { app, entry } = found;
    const live = account.removedAt === null;
    const owner = owners.owner(account);
    const identity = account.identityLogin === null ? undefined : owners.identityByLogin.get(account.identityLogin);
    const admin = isAdmin(entry, account);

    if (live && account.status === 'active') {
      if (!owner || owner.status === 'terminated' || identity?.status === 'deprovisioned' || identity?.status === 'suspended') {
        report('orphaned_account', app, account);
      }
      if (admin && owner?.status === 'active') effectiveAdmins.set(app.id, (effectiveAdmins.get(app.id) ?? 0) + 1);
      if (entry.activityData && owner?.status !== 'leave') {
        const days = entry.inactivityDays ?? DEFAULT_INACTIVITY_DAYS;
        const inactive =
          account.lastActiveAt !== null
            ? now - Date.parse(account.lastActiveAt) > days * DAY_MS
            : now - Date.parse(account.createdAt) > NEVER_ACTIVE_DAYS * DAY_MS;
        if (inactive) report('inactive_user', app, account);
      }
      const plan = entry.plans.find((p) => p.name === app.plan);
      if (admin && plan?.ssoAvailable === true && !identity) report('privileged_without_sso', app, account);
    }
    if (live && account.status === 'invited' && entry.invitesConsumeSeat) report('pending_invite', app, account);
    if (live && account.status === 'suspended' && entry.suspendedHoldsSeat && account.seatType !== null)
      report('suspended_seat', app, account);
    const billed =
      account.status === 'active' ||
      (account.status === 'invited' && entry.invitesConsumeSeat) ||
      (account.status === 'suspended' && entry.suspendedHoldsSeat);
    if (live && billed && account.seatType !== null) {
      const key = `${app.id}|${account.seatType}`;
      billedHeld.set(key, (billedHeld.get(key) ?? 0) + 1);
    }
    if (live && (account.status === 'active' || account.status === 'invited') && !orgDomains.has(domainOf(account.email))) {
      report('external_account', app, account);
    }
    // Service and shared accounts someone answers for are not duplicates of their own account.
    if (owner && account.kind === 'human' && holdsSeat(entry, account)) {
      const key = `${app.id}|${owner.id}`;
      seatHolders.set(key, [...(seatHolders.get(key) ?? []), account]);
    }
  }

  for (const app of org.apps) {
    const entry = apps.get(app.id)?.entry;
    if (entry && (effectiveAdmins.get(app.id) ?? 0) < entry.minimumAdmins) report('sole_admin', app, null);
    if (entry && unassignedSeats(app, entry, billedHeld)) report('unassigned_seats', app, null);
  }

  for (const holders of seatHolders.values()) {
    if (holders.length < 2) continue;
    const first = holders[0];
    if (!first) continue;
    const owner = owners.owner(first);
    const app = apps.get(first.appId)?.app;
    if (!owner || !app) continue;
    const byRecency = [...holders].sort((a, b) => {
      const la = a.lastActiveAt === null ? -Infinity : Date.parse(a.lastActiveAt);
      const lb = b.lastActiveAt === null ? -Infinity : Date.parse(b.lastActiveAt);
      return lb - la || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    const primary = holders.find((a) => a.email.toLowerCase() === owner.email.toLowerCase()) ?? byRecency[0];
    for (const account of holders) if (account !== primary) report('duplicate_account', app, account);
  }

  for (const integration of org.integrations) {
    const app = apps.get(integration.appId)?.app;
    const accountId = integration.mode === 'workspace' ? integration.enabledByAccountId : integration.authorizedByAccountId;
    const account = accountId === null ? undefined : accountsById.get(accountId ?? '');
    if (!app || !account) continue;
    const removed = account.removedAt !== null || account.status === 'deactivated';
    if (removed || owners.owner(account)?.status === 'terminated') report('integration_left_behind', app, account);
  }

  return findings;
}
