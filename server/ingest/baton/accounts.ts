/**
 * Baton users (resources with a UserTrait, or of a TRAIT_USER type) as accounts of one app: email,
 * login, status (the resource's status, else the trait's deprecated one), account type, last login,
 * the roles their grants give and the seat their license grant holds.
 */
import type { AccountStatus, CatalogEntry } from '../../catalog/catalog.types.js';
import { resolveRole, resolveSeatType } from '../../catalog/vocabulary.js';
import { parseEmail } from '../input/email.js';
import type { Problems } from '../input/problems.js';
import type { AccountIn, AccountKind, AppRefIn } from '../model.js';
import { costliest, entitlementWord, licenseEntitlements, type LicenseProfile } from './entitlement-words.js';
import { isoInstant } from './messages.js';
import { isUser, type BatonResource, type BatonSync } from './sync-model.js';

const STATUSES: Record<string, { status: AccountStatus; word: string }> = {
  RESOURCE_STATUS_ENABLED: { status: 'active', word: 'enabled' },
  RESOURCE_STATUS_DISABLED: { status: 'suspended', word: 'disabled' },
  RESOURCE_STATUS_DELETED: { status: 'deactivated', word: 'deleted' },
  STATUS_ENABLED: { status: 'active', word: 'enabled' },
  STATUS_DISABLED: { status: 'suspended', word: 'disabled' },
  STATUS_DELETED: { status: 'deactivated', word: 'deleted' },
};

const KINDS: Record<string, AccountKind> = {
  ACCOUNT_TYPE_HUMAN: 'human',
  ACCOUNT_TYPE_SERVICE: 'service',
  ACCOUNT_TYPE_SYSTEM: 'service',
};

export interface AccountsRead {
  accounts: AccountIn[];
  /** Users whose status Baton left unspecified, taken as active. */
  statusUnspecified: number;
  /** Grants to principals that are not users (groups, roles…), which Attest does not read. */
  grantsToOthers: number;
  /** Accounts holding more than one license profile (the costliest is kept). */
  severalSeats: number;
  activityKnown: boolean;
  licenses: LicenseProfile[];
}

function statusOf(user: BatonResource): { status: AccountStatus; vendorStatus: string; unspecified: boolean } {
  const own = user.message.status;
  const trait = user.user?.status;
  const chosen = own?.status !== undefined && own.status !== 'RESOURCE_STATUS_UNSPECIFIED' ? own : trait;
  const known = STATUSES[String(chosen?.status ?? '')];
  const details = chosen?.details?.trim();
  if (!known) return { status: 'active', vendorStatus: details || 'unspecified', unspecified: true };
  return { status: known.status, vendorStatus: details ? `${known.word}: ${details}` : known.word, unspecified: false };
}

function emailOf(user: BatonResource, problems: Problems): string | null {
  const emails = user.user?.emails ?? [];
  const chosen = emails.find((e) => e.isPrimary && e.address) ?? emails.find((e) => e.address);
  const login = user.user?.login?.trim() ?? '';
  const text = chosen?.address ?? (login.includes('@') ? login : null);
  if (!text) return null;
  const parsed = parseEmail(text);
  if (parsed.ok) return parsed.value;
  problems.add({ ...user.where, field: 'UserTrait.emails' }, parsed.message);
  return null;
}

function displayNameOf(user: BatonResource): string | null {
  const name = user.user?.structuredName;
  return user.message.displayName?.trim() || [name?.givenName, name?.familyName].filter(Boolean).join(' ').trim() || null;
}

export function readAccounts(sync: BatonSync, app: AppRefIn, entry: CatalogEntry | undefined, problems: Problems): AccountsRead {
  const licenses = licenseEntitlements(sync);
  const roles = new Map<string, Set<string>>();
  const seats = new Map<string, LicenseProfile[]>();
  let grantsToOthers = 0;
  for (const grant of sync.grants) {
    const principal = sync.resources.get(grant.principalKey);
    const toUser = principal ? isUser(principal, sync.types) : (sync.types.get(grant.principalTypeId)?.traits.has('TRAIT_USER') ?? false);
    if (!toUser) {
      grantsToOthers += 1;
      continue;
    }
    const license = licenses.get(grant.entitlementId);
    if (license) {
      seats.set(grant.principalKey, [...(seats.get(grant.principalKey) ?? []), license]);
      continue;
    }
    const entitlement = sync.entitlements.get(grant.entitlementId);
    if (!entitlement) continue;
    const word = resolveRole(entry, entitlementWord(entitlement, sync)).name;
    roles.set(grant.principalKey, (roles.get(grant.principalKey) ?? new Set()).add(word));
  }

  const users = [...sync.resources.values()].filter((resource) => isUser(resource, sync.types));
  const activityKnown = users.some((user) => isoInstant(user.user?.lastLogin) !== null);
  let statusUnspecified = 0;
  let severalSeats = 0;
  const accounts = users.map((user): AccountIn => {
    const { status, vendorStatus, unspecified } = statusOf(user);
    if (unspecified) statusUnspecified += 1;
    const held = seats.get(user.key) ?? [];
    if (new Set(held.map((seat) => seat.name)).size > 1) severalSeats += 1;
    const seat = costliest(held);
    return {
      app,
      externalId: user.id,
      email: emailOf(user, problems),
      username: user.user?.login?.trim() || null,
      displayName: displayNameOf(user),
      status,
      vendorStatus,
      kind: KINDS[String(user.user?.accountType ?? '')] ?? 'human',
      roles: [...(roles.get(user.key) ?? [])].sort(),
      rolesKnown: true,
      seatType: seat ? resolveSeatType(entry, seat.name).name : null,
      invitedAt: null,
      createdAt: isoInstant(user.message.createdAt) ?? isoInstant(user.user?.createdAt),
      lastActiveAt: isoInstant(user.user?.lastLogin),
      activityKnown,
      counters: {},
    };
  });
  return {
    accounts,
    statusUnspecified,
    grantsToOthers,
    severalSeats,
    activityKnown,
    licenses: [...new Set(licenses.values())],
  };
}
