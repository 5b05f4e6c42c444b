/**
 * okta-groups: Okta groups with their members, as one JSON array (or a folder of page files) of
 * GET /api/v1/groups objects, each given a "members" array holding the group's
 * GET /api/v1/groups/{id}/users result (user objects) or just the user ids.
 */
import type { GroupIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import { isJsonObject } from '../input/json-record.js';
import { readJsonRecords, takeListing } from '../input/json-records.js';
import { Problems } from '../input/problems.js';
import { describeFound } from '../input/result.js';

async function parse(files: InputFile[], _options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const ids = new UniqueCheck('Okta group id', problems);
  const groups: GroupIn[] = [];

  const listing = await readJsonRecords(files, { kind: 'okta-groups', keys: ['groups', 'value'] }, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const name = r.requiredString('profile.name');
    const members = r.get('members');
    const memberExternalIds = new Set<string>();
    if (members === undefined) {
      r.problem('members', 'missing: okta-groups needs each group with a "members" array (the GET /api/v1/groups/{id}/users result, or user ids); a bare GET /api/v1/groups listing has no members');
    } else if (!Array.isArray(members)) {
      r.problem('members', `expected an array of user ids or user objects, found ${describeFound(members)}`);
    } else {
      members.forEach((member, i) => {
        const memberId = typeof member === 'string' ? member.trim() : isJsonObject(member) && typeof member.id === 'string' ? member.id.trim() : '';
        if (memberId) {
          memberExternalIds.add(memberId);
        } else r.problem(`members[${i}]`, `expected a user id or a user object with an id, found ${describeFound(member)}`);
      });
    }
    groups.push({ idp: 'okta', externalId: id, name, memberExternalIds: [...memberExternalIds] });
  });
  problems.throwIfAny();

  const batch = emptyBatch('okta-groups', 'okta-groups');
  batch.groups = groups;
  takeListing(batch, listing);
  return batch;
}

export const oktaGroupsParser: Parser = {
  kind: 'okta-groups',
  description:
    'Okta groups with members (JSON): an array (or folder of pages) of GET /api/v1/groups objects, each with "members": the GET /api/v1/groups/{id}/users result or user ids.',
  needsApp: false,
  parse,
};
