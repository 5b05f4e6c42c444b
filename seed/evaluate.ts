/**
 * A reference reading of server/findings/README.md over a DemoOrg, used to check that truth.json
 * lists exactly what the rules produce on the generated data. It follows the README literally:
 * ownership by exact (lower-cased) work or HR alternate email, or by the IdP identity the account
 * signs in with (identity email / login = work email, or employeeNumber = employeeId).
 */
import type { Catalog } from '../server/catalog/catalog.js';
import type { CatalogEntry } from '../server/catalog/catalog.types.js';
import { DEFAULT_INACTIVITY_DAYS } from './catalog-rules.js';
import type { AccountRecord, AppRecord, DemoOrg, IdentityRecord, PersonRecord } from './org.types.js';
import type { KeyedFinding } from './truth.js';

const DAY_MS = 86_400_000;
const NEVER_ACTIVE_DAYS = 30;

export interface OwnerIndex {
  byEmail: Map<string, PersonRecord>;
  identityByLogin: Map<string, IdentityRecord>;
  /** Owner found by email and owner found through the identity, before they are combined. */
  ownerParts(account: AccountRecord): { byEmail: PersonRecord | undefined; byIdentity: PersonRecord | undefined };
  owner(account: AccountRecord): PersonRecord | undefined;
}

export function buildOwnerIndex(org: DemoOrg): OwnerIndex {
  const byEmail = new Map<string, PersonRecord>();
  const byEmployeeId = new Map<string, PersonRecord>();
  const ambiguous = new Set<string>();
  const put = (email: string, person: PersonRecord): void => {
    const key = email.toLowerCase();
    const existing = byEmail.get(key);
    if (existing && existing !== person) ambiguous.add(key);
    byEmail.set(key, person);
  };
  for (const person of org.people) {
    put(person.email, person);
    for (const alternate of person.alternateEmails) put(alternate, person);
    byEmployeeId.set(person.employeeId, person);
  }
  for (const key of ambiguous) byEmail.delete(key);
  const identityByLogin = new Map(org.identities.map((identity) => [identity.login, identity]));
  const identityOwner = (identity: IdentityRecord): PersonRecord | undefined =>
    byEmail.get(identity.email.toLowerCase()) ??
    byEmail.get(identity.login.toLowerCase()) ??
    (identity.employeeNumber === null ? undefined : byEmployeeId.get(identity.employeeNumber));
  const ownerParts = (account: AccountRecord) => {
    const identity = account.identityLogin === null ? undefined : identityByLogin.get(account.identityLogin);
    return { byEmail: byEmail.get(account.email.toLowerCase()), byIdentity: identity ? identityOwner(identity) : undefined };
  };
  return {
    byEmail,
    identityByLogin,
    ownerParts,
    owner(account) {
      const parts = ownerParts(account);
      return parts.byEmail ?? parts.byIdentity;
    },
  };
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

export function evaluateFindings(org: DemoOrg, catalog: Catalog): KeyedFinding[] {
  const now = Date.parse(org.now);
  const owners = buildOwnerIndex(org);
  const orgDomains = new Set(
    [...org.organization.domains, ...Object.keys(org.organization.domainAliases), ...Object.values(org.organization.domainAliases)].map((d) =>
      d.toLowerCase(),
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
    account.roleNames.some((name) => entry.roles.some((role) => role.name === name && (role.privilege === 'owner' || role.privilege === 'admin')));
  const holdsSeat = (entry: CatalogEntry, account: AccountRecord): boolean =>
    account.removedAt === null &&
    account.seatType !== null &&
    (account.status === 'active' || (account.status === 'invited' && entry.invitesConsumeSeat));

  const effectiveAdmins = new Map<string, number>(org.apps.map((app) => [app.id, 0]));
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
    if (live && (account.status === 'active' || account.status === 'invited') && !orgDomains.has(domainOf(account.email))) {
      report('external_account', app, account);
    }
    if (owner && holdsSeat(entry, account)) {
      const key = `${app.id}|${owner.id}`;
      seatHolders.set(key, [...(seatHolders.get(key) ?? []), account]);
    }
  }

  for (const app of org.apps) {
    const entry = apps.get(app.id)?.entry;
    if (entry && (effectiveAdmins.get(app.id) ?? 0) < entry.minimumAdmins) report('sole_admin', app, null);
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
