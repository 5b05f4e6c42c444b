/**
 * okta-groups: Okta groups, as GET /api/v1/groups returns them (a JSON array, or a folder of page
 * files). Members come one of two ways: a "members" array on each group (the GET
 * /api/v1/groups/{id}/users result, or user ids), or, in a folder, member page files named after the
 * group id (00g…-users.json, 00g…-users-2.json: the GET /api/v1/groups/{id}/users pages). A group
 * whose members are given neither way is taken with its members unknown: the memberships Attest
 * already knows for it are kept.
 */
import { basename } from 'node:path';

import type { GroupIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { UniqueCheck } from '../input/duplicates.js';
import { expandInputs } from '../input/files.js';
import { isJsonObject } from '../input/json-record.js';
import { readJsonRecords, takeListing, type JsonListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';
import { describeFound } from '../input/result.js';

/** Okta group ids start with 00g; a member page file carries its group's id in its name. */
const GROUP_ID_IN_NAME = /(?:^|[^0-9A-Za-z])(00g[0-9A-Za-z]{6,})(?![0-9A-Za-z])/;

function groupIdOfMemberPage(file: InputFile): string | null {
  return GROUP_ID_IN_NAME.exec(basename(file.path))?.[1] ?? null;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const membersSpec: JsonKindSpec = { kind: 'okta-users', keys: ['users', 'value'], emptyIsComplete: options.emptyIsComplete };
  const groupsSpec: JsonKindSpec = { kind: 'okta-groups', keys: ['groups', 'value'], emptyIsComplete: options.emptyIsComplete };
  const problems = new Problems();
  const ids = new UniqueCheck('Okta group id', problems);
  const groups: GroupIn[] = [];
  const pages = await expandInputs(files, ['.json']);
  const memberPages = new Map<string, InputFile[]>();
  const groupPages: InputFile[] = [];
  for (const page of pages) {
    const groupId = groupIdOfMemberPage(page);
    if (groupId) memberPages.set(groupId, [...(memberPages.get(groupId) ?? []), page]);
    else groupPages.push(page);
  }
  if (groupPages.length === 0) {
    problems.add(
      { file: files[0]?.name ?? '(input)' },
      'no groups file: every file is named after a group id (a member page); add the GET /api/v1/groups result (for example groups.json)',
    );
    problems.throwIfAny();
  }

  const listing = await readJsonRecords(groupPages, groupsSpec, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const name = r.requiredString('profile.name');
    const members = r.get('members');
    let memberExternalIds: string[] | null = null;
    if (Array.isArray(members)) {
      const found = new Set<string>();
      members.forEach((member, i) => {
        const memberId =
          typeof member === 'string' ? member.trim() : isJsonObject(member) && typeof member.id === 'string' ? member.id.trim() : '';
        if (memberId) found.add(memberId);
        else r.problem(`members[${i}]`, `expected a user id or a user object with an id, found ${describeFound(member)}`);
      });
      memberExternalIds = [...found];
    } else if (members !== undefined && members !== null) {
      r.problem('members', `expected an array of user ids or user objects, found ${describeFound(members)}`);
    }
    groups.push({ idp: 'okta', externalId: id, name, memberExternalIds });
  });

  const memberListings: JsonListing[] = [];
  const byId = new Map(groups.map((g) => [g.externalId, g]));
  for (const [groupId, groupFiles] of memberPages) {
    const group = byId.get(groupId);
    if (!group) {
      problems.add(
        { file: groupFiles[0]?.name ?? groupId },
        `member page for group ${groupId}, which the groups file does not list: add that group to the groups export, or move the page out`,
      );
      continue;
    }
    if (group.memberExternalIds !== null) {
      problems.add(
        { file: groupFiles[0]?.name ?? groupId },
        `group ${groupId} already has a "members" array in the groups file; give its members one way only`,
      );
      continue;
    }
    const found = new Set<string>();
    const members = await readJsonRecords(groupFiles, membersSpec, problems, (r) => {
      const userId = r.requiredString('id');
      r.identify(userId);
      if (userId) found.add(userId);
    });
    memberListings.push(members);
    // Some member pages are missing: the members given are not all of them, so the known memberships stay.
    if (!members.morePages) group.memberExternalIds = [...found];
  }
  problems.throwIfAny();

  const batch = emptyBatch('okta-groups', 'okta-groups');
  batch.groups = groups;
  takeListing(batch, listing);
  for (const members of memberListings) {
    batch.recordsRead += members.records;
    if (members.morePages) batch.notes.push(members.morePages);
  }
  const unknown = groups.filter((g) => g.memberExternalIds === null).length;
  if (unknown) {
    batch.notes.push(
      `${unknown} group(s) without members in the export (GET /api/v1/groups lists none): their members are unknown, and the memberships already known for them are kept. Add each group's GET /api/v1/groups/{id}/users pages as <groupId>-users.json in the same folder.`,
    );
  }
  return batch;
}

export const oktaGroupsParser: Parser = {
  kind: 'okta-groups',
  description:
    'Okta groups (JSON from GET /api/v1/groups), with members as a "members" array on each group or, in a folder, <groupId>-users.json pages of GET /api/v1/groups/{id}/users.',
  needsApp: false,
  parse,
};
