/**
 * google-users: Google Workspace Directory API users ({ "users": [...], "nextPageToken" } pages,
 * or an array). archived -> deprovisioned; suspended -> suspended; never logged in
 * (lastLoginTime 1970-01-01T00:00:00.000Z) and not agreedToTerms -> staged; else active.
 * isAdmin or isDelegatedAdmin -> admin; externalIds[type organization] -> employee number;
 * relations[type manager] -> manager.
 */
import type { IdentityIn, IdentityStatus, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { isJsonObject, type RecordReader } from '../input/json-record.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

const never = (text: string): boolean => text.startsWith('1970-01-01T00:00:00');

/** The value of the first entry of `path` (externalIds, relations) whose type is `type`. */
function typedValue(r: RecordReader, path: string, type: string): string | null {
  const list = r.array(path);
  const entry = list?.find((item) => isJsonObject(item) && item.type === type);
  if (!isJsonObject(entry)) return null;
  const value = entry.value;
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;
}

function statusOf(
  archived: boolean,
  suspended: boolean,
  neverLoggedIn: boolean,
  agreed: boolean | null,
): { status: IdentityStatus; vendorStatus: string } {
  if (archived) return { status: 'deprovisioned', vendorStatus: 'archived' };
  if (suspended) return { status: 'suspended', vendorStatus: 'suspended' };
  if (neverLoggedIn && agreed !== true) return { status: 'staged', vendorStatus: 'never logged in' };
  return { status: 'active', vendorStatus: 'active' };
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'google-users', keys: ['users'], emptyIsComplete: options.emptyIsComplete };
  const problems = new Problems();
  const ids = new UniqueCheck('user id', problems);
  const identities: IdentityIn[] = [];

  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    const id = r.requiredString('id', { numbers: true });
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const email = r.email('primaryEmail', { required: true }) ?? '';
    const lastLoginAt = r.dateTime('lastLoginTime', { never });
    const manager = typedValue(r, 'relations', 'manager');
    const managerEmail = manager ? parseEmail(manager) : null;
    identities.push({
      idp: 'google',
      externalId: id,
      login: email,
      email: email || null,
      displayName:
        r.string('name.fullName') ?? ([r.string('name.givenName'), r.string('name.familyName')].filter(Boolean).join(' ') || null),
      employeeNumber: typedValue(r, 'externalIds', 'organization'),
      manager: managerEmail?.ok ? managerEmail.value : manager,
      ...statusOf(r.boolean('archived') ?? false, r.boolean('suspended') ?? false, lastLoginAt === null, r.boolean('agreedToTerms')),
      lastLoginAt,
      activityKnown: true,
      createdAt: r.dateTime('creationTime'),
      isAdmin: (r.boolean('isAdmin') ?? false) || (r.boolean('isDelegatedAdmin') ?? false),
      isGuest: false,
    });
  });
  problems.throwIfAny();

  const batch = emptyBatch('google-users', 'google-users');
  batch.identities = identities;
  const staged = identities.filter((i) => i.status === 'staged').length;
  if (staged) batch.notes.push(`${staged} user(s) never logged in and have not agreed to the terms (staged).`);
  takeListing(batch, listing);
  return batch;
}

export const googleUsersParser: Parser = {
  kind: 'google-users',
  description: 'Google Workspace users (Directory API users.list JSON pages with customer=my_customer, projection=full).',
  needsApp: false,
  parse,
};
