/**
 * entra-users: Microsoft Graph users ({ "value": [...] } pages, or an array), best exported with
 * $select=id,userPrincipalName,mail,displayName,accountEnabled,userType,externalUserState,
 * createdDateTime,signInActivity,employeeId&$expand=manager($select=id,mail,userPrincipalName).
 *
 * accountEnabled false -> suspended; a guest with externalUserState PendingAcceptance -> staged
 * (an invite nobody accepted); a deleted user (deletedDateTime set, from deletedItems) ->
 * deprovisioned. Graph leaves accountEnabled and signInActivity out unless they are selected:
 * without accountEnabled the status is unknown, without signInActivity the last sign-in is unknown
 * (never taken as active, inactive or never signed in). signInActivity dates of 0001-01-01 mean
 * never; the last sign-in is the latest of the interactive, non-interactive and successful ones.
 */
import type { IdentityIn, IdentityStatus, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import type { RecordReader } from '../input/json-record.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

const never = (text: string): boolean => text.startsWith('0001-01-01');

function lastSignIn(r: RecordReader): string | null {
  const dates = [
    'signInActivity.lastSignInDateTime',
    'signInActivity.lastNonInteractiveSignInDateTime',
    'signInActivity.lastSuccessfulSignInDateTime',
  ]
    .map((path) => r.dateTime(path, { never }))
    .filter((d): d is string => d !== null)
    .sort();
  return dates[dates.length - 1] ?? null;
}

function statusOf(enabled: boolean | null, state: string | null, deleted: boolean): { status: IdentityStatus; vendorStatus: string } {
  if (deleted) return { status: 'deprovisioned', vendorStatus: 'Deleted' };
  if (enabled === false) return { status: 'suspended', vendorStatus: 'Disabled' };
  if (state === 'PendingAcceptance') return { status: 'staged', vendorStatus: 'PendingAcceptance' };
  if (enabled === null) return { status: 'unknown', vendorStatus: 'accountEnabled not exported' };
  return { status: 'active', vendorStatus: state ?? 'Enabled' };
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'entra-users', keys: ['value'], emptyIsComplete: options.emptyIsComplete };
  const problems = new Problems();
  const ids = new UniqueCheck('user id', problems);
  const identities: IdentityIn[] = [];
  let withSignInData = 0;
  let withoutEnabled = 0;
  let deletedCount = 0;

  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const upn = r.requiredString('userPrincipalName');
    if (!r.has('accountEnabled')) withoutEnabled += 1;
    const enabled = r.boolean('accountEnabled');
    const userType = r.oneOf('userType', ['Member', 'Guest'] as const);
    const state = r.oneOf('externalUserState', ['PendingAcceptance', 'Accepted'] as const);
    const deleted = r.has('deletedDateTime');
    if (deleted) deletedCount += 1;
    const activityKnown = r.has('signInActivity');
    if (activityKnown) withSignInData += 1;
    const manager = r.object('manager');
    const managerRef = manager ? (r.email('manager.mail') ?? r.email('manager.userPrincipalName') ?? r.string('manager.id')) : null;
    identities.push({
      idp: 'entra',
      externalId: id,
      login: upn.toLowerCase(),
      email: r.email('mail'),
      displayName: r.string('displayName'),
      employeeNumber: r.string('employeeId', { numbers: true }),
      manager: managerRef,
      ...statusOf(enabled, state, deleted),
      lastLoginAt: lastSignIn(r),
      activityKnown,
      createdAt: r.dateTime('createdDateTime'),
      isAdmin: false,
      isGuest: userType === 'Guest' || (userType === null && upn.includes('#EXT#')),
    });
  });
  problems.throwIfAny();

  const batch = emptyBatch('entra-users', 'entra-users');
  batch.identities = identities;
  batch.complete = deletedCount < identities.length;
  if (!batch.complete)
    batch.notes.push('Every user in this export is deleted (a deletedItems listing), so no other user is marked removed.');
  if (withoutEnabled) {
    batch.notes.push(
      `${withoutEnabled} user(s) without accountEnabled (Graph leaves it out unless $select names it): their status is unknown, neither active nor disabled. Export with $select=id,userPrincipalName,mail,displayName,accountEnabled,userType,externalUserState,createdDateTime,signInActivity,employeeId.`,
    );
  }
  if (withSignInData === 0) {
    batch.notes.push(
      'No signInActivity in the export (it needs $select=signInActivity, AuditLog.Read.All and Entra ID P1): last sign-in is unknown for every user.',
    );
  } else if (withSignInData < identities.length) {
    batch.notes.push(`${identities.length - withSignInData} user(s) without signInActivity: their last sign-in is unknown.`);
  }
  const pending = identities.filter((i) => i.vendorStatus === 'PendingAcceptance').length;
  if (pending) batch.notes.push(`${pending} guest invitation(s) are pending acceptance (staged).`);
  takeListing(batch, listing);
  return batch;
}

export const entraUsersParser: Parser = {
  kind: 'entra-users',
  description:
    'Microsoft Entra ID users (Graph /users JSON pages with accountEnabled, userType, externalUserState, signInActivity, employeeId and $expand=manager).',
  needsApp: false,
  parse,
};
