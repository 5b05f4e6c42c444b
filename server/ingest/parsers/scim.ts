/**
 * scim: SCIM 2.0 ListResponse JSON ({ "schemas": [...ListResponse], "totalResults", "Resources":
 * [...] }, one file or a folder of pages; an array of resources is accepted too) holding Users and
 * Groups, told apart by "schemas" (or meta.resourceType). Users: userName, emails (primary first),
 * active (false -> suspended), the enterprise extension's employeeNumber and manager. Groups:
 * displayName and members (nested groups left out). An empty ListResponse (totalResults 0) lists
 * nothing, so a complete import of it marks the source's users removed.
 *
 * Each SCIM source is its own scope: --app names it ("scim:<name>"), and its ids are kept apart from
 * other sources' (SCIM ids are only unique within one service). Without --app the listing is the
 * single unnamed source "scim". Users pushed to Attest's own SCIM endpoint belong to no import scope,
 * so no import marks them removed.
 */
import type { GroupIn, IdentityIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { isJsonObject, type RecordReader } from '../input/json-record.js';
import { readJsonRecords, takeListing } from '../input/json-records.js';
import { Problems } from '../input/problems.js';
import { describeFound } from '../input/result.js';
import { slug } from '../ids.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function resourceType(r: RecordReader): 'User' | 'Group' | null {
  const schemas = r.get('schemas');
  if (Array.isArray(schemas)) {
    if (schemas.includes(USER)) return 'User';
    if (schemas.includes(GROUP)) return 'Group';
  }
  const type = r.get('meta.resourceType');
  return type === 'User' || type === 'Group' ? type : null;
}

function primaryEmail(r: RecordReader): string | null {
  const emails = r.array('emails');
  if (!emails) return null;
  const objects = emails.filter(isJsonObject);
  const chosen = objects.find((e) => e.primary === true) ?? objects.find((e) => e.type === 'work') ?? objects[0];
  if (!chosen) return null;
  const value = chosen.value;
  if (typeof value !== 'string') {
    r.problem('emails', `expected emails[].value to be a string, found ${describeFound(value)}`);
    return null;
  }
  const parsed = parseEmail(value);
  if (parsed.ok) return parsed.value;
  r.problem('emails', parsed.message);
  return null;
}

function enterprise(r: RecordReader): { employeeNumber: string | null; managerId: string | null } {
  const ext = r.data[ENTERPRISE];
  if (ext === undefined || ext === null) return { employeeNumber: null, managerId: null };
  if (!isJsonObject(ext)) {
    r.problem(ENTERPRISE, `expected an object, found ${describeFound(ext)}`);
    return { employeeNumber: null, managerId: null };
  }
  const number = ext.employeeNumber;
  const manager = ext.manager;
  const managerValue = isJsonObject(manager) ? manager.value : typeof manager === 'string' ? manager : undefined;
  return {
    employeeNumber: typeof number === 'string' && number.trim() ? number.trim() : typeof number === 'number' ? String(number) : null,
    managerId: typeof managerValue === 'string' && managerValue.trim() ? managerValue.trim() : null,
  };
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const source = options.app?.trim() ? slug(options.app) : null;
  // Another source's resource with the same SCIM id is another user.
  const key = (id: string): string => (source ? `${source}/${id}` : id);
  const problems = new Problems();
  const ids = new UniqueCheck('resource id', problems);
  const users: { identity: IdentityIn; managerId: string | null }[] = [];
  const groups: GroupIn[] = [];
  let nested = 0;
  let noActive = 0;

  const listing = await readJsonRecords(files, { kind: 'scim', keys: ['Resources'] }, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    const type = resourceType(r);
    if (id) ids.check(`${type ?? ''}:${id}`, r.where('id'), id);
    if (type === null) {
      r.problem('schemas', `expected a User (${USER}) or Group (${GROUP}) resource`);
      return;
    }
    if (type === 'Group') {
      const memberExternalIds: string[] = [];
      (r.array('members') ?? []).forEach((member, i) => {
        if (!isJsonObject(member) || typeof member.value !== 'string' || !member.value.trim()) {
          r.problem(`members[${i}]`, `expected { "value": "<user id>" }, found ${describeFound(member)}`);
        } else if (member.type === 'Group') nested += 1;
        else memberExternalIds.push(key(member.value.trim()));
      });
      groups.push({ idp: 'scim', externalId: key(id), name: r.requiredString('displayName'), memberExternalIds });
      return;
    }
    const userName = r.requiredString('userName');
    const active = r.boolean('active');
    if (active === null) noActive += 1;
    const { employeeNumber, managerId } = enterprise(r);
    const given = r.string('name.givenName');
    const family = r.string('name.familyName');
    users.push({
      managerId,
      identity: {
        idp: 'scim',
        externalId: key(id),
        login: userName,
        email: primaryEmail(r) ?? (parseEmail(userName).ok ? userName.toLowerCase() : null),
        displayName: r.string('displayName') ?? r.string('name.formatted') ?? ([given, family].filter(Boolean).join(' ') || null),
        employeeNumber,
        manager: null,
        status: active === false ? 'suspended' : 'active',
        vendorStatus: active === false ? 'inactive' : 'active',
        lastLoginAt: null,
        activityKnown: false,
        createdAt: r.dateTime('meta.created'),
        isAdmin: false,
        isGuest: r.string('userType')?.toLowerCase() === 'guest',
      },
    });
  });
  problems.throwIfAny();

  const byId = new Map(users.map((u) => [u.identity.externalId, u.identity]));
  for (const u of users) {
    if (!u.managerId) continue;
    const manager = byId.get(key(u.managerId));
    u.identity.manager = manager ? (manager.email ?? manager.login) : u.managerId;
  }

  const batch = emptyBatch('scim', source ? `scim:${source}` : 'scim');
  batch.identities = users.map((u) => u.identity);
  batch.groups = groups;
  if (nested) batch.notes.push(`${nested} nested group membership(s) left out (group members are user identities).`);
  if (noActive) batch.notes.push(`${noActive} user(s) have no "active" attribute and are taken as active.`);
  if (!source)
    batch.notes.push(
      'Imported as the unnamed SCIM source "scim"; name each SCIM source with --app so importing one never marks another\'s users removed.',
    );
  takeListing(batch, listing);
  return batch;
}

export const scimParser: Parser = {
  kind: 'scim',
  description:
    'SCIM 2.0 Users and Groups (ListResponse JSON with "Resources", a file or folder of pages; enterprise extension for employeeNumber and manager).',
  needsApp: false,
  parse,
};
