/**
 * okta-users: Okta users as GET /api/v1/users returns them (a JSON array, or a folder of page
 * files). STAGED / PROVISIONED users have never signed in (staged); RECOVERY, LOCKED_OUT and
 * PASSWORD_EXPIRED are active users mid-recovery; SUSPENDED is suspended; DEPROVISIONED is
 * deprovisioned; for those two, statusChanged says when (the leaver report's deprovisioning time). Okta lists DEPROVISIONED users only when asked, so the import is complete (and
 * marks missing users removed) only when the export holds deprovisioned and other users together.
 */
import type { IdentityIn, IdentityStatus, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

export const OKTA_STATUSES: Record<string, IdentityStatus> = {
  STAGED: 'staged',
  PROVISIONED: 'staged',
  ACTIVE: 'active',
  RECOVERY: 'active',
  LOCKED_OUT: 'active',
  PASSWORD_EXPIRED: 'active',
  SUSPENDED: 'suspended',
  DEPROVISIONED: 'deprovisioned',
};

interface Pending {
  identity: IdentityIn;
  managerId: string | null;
  managerText: string | null;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'okta-users', keys: ['users', 'value'], emptyIsComplete: options.emptyIsComplete };
  const problems = new Problems();
  const ids = new UniqueCheck('Okta user id', problems);
  const pending: Pending[] = [];

  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const status = r.oneOf('status', Object.keys(OKTA_STATUSES), { required: true });
    const login = r.requiredString('profile.login');
    const firstName = r.string('profile.firstName');
    const lastName = r.string('profile.lastName');
    const identity: IdentityIn = {
      idp: 'okta',
      externalId: id,
      login,
      email: r.email('profile.email'),
      displayName: r.string('profile.displayName') ?? ([firstName, lastName].filter(Boolean).join(' ') || null),
      employeeNumber: r.string('profile.employeeNumber', { numbers: true }),
      manager: null,
      status: status ? (OKTA_STATUSES[status] ?? 'active') : 'active',
      vendorStatus: status ?? '',
      statusChangedAt: status === 'SUSPENDED' || status === 'DEPROVISIONED' ? r.dateTime('statusChanged') : null,
      lastLoginAt: r.dateTime('lastLogin'),
      activityKnown: true,
      createdAt: r.dateTime('created'),
      isAdmin: false,
      isGuest: false,
    };
    pending.push({ identity, managerId: r.string('profile.managerId', { numbers: true }), managerText: r.string('profile.manager') });
  });
  problems.throwIfAny();

  // profile.managerId often holds the manager's Okta id: name them by email (or login) when they are in this export.
  const byId = new Map(pending.map((p) => [p.identity.externalId, p.identity]));
  for (const p of pending) {
    const text = p.managerText && parseEmail(p.managerText).ok ? p.managerText.toLowerCase() : null;
    const viaId = p.managerId ? byId.get(p.managerId) : undefined;
    p.identity.manager = text ?? (viaId ? (viaId.email ?? viaId.login) : null) ?? p.managerId ?? p.managerText;
  }

  const identities = pending.map((p) => p.identity);
  const deprovisioned = identities.filter((i) => i.vendorStatus === 'DEPROVISIONED').length;
  const batch = emptyBatch('okta-users', 'okta-users');
  batch.identities = identities;
  batch.complete = deprovisioned > 0 && deprovisioned < identities.length;
  const staged = identities.filter((i) => i.status === 'staged').length;
  if (batch.complete) {
    batch.notes.push(`Complete listing: it includes ${deprovisioned} DEPROVISIONED user(s), so users missing from it are marked removed.`);
  } else if (deprovisioned === 0) {
    batch.notes.push(
      'Okta lists DEPROVISIONED users only when asked (filter=status eq "DEPROVISIONED"); this export has none, so it may be partial and no user is marked removed. Export with and without that filter into one folder for a complete import.',
    );
  } else {
    batch.notes.push('Every user in this export is DEPROVISIONED (a filtered listing), so no other user is marked removed.');
  }
  if (staged) batch.notes.push(`${staged} STAGED/PROVISIONED user(s) have never signed in.`);
  takeListing(batch, listing);
  return batch;
}

export const oktaUsersParser: Parser = {
  kind: 'okta-users',
  description:
    'Okta users (JSON from GET /api/v1/users: an array, or a folder of page files). Include DEPROVISIONED users for a complete import.',
  needsApp: false,
  parse,
};
