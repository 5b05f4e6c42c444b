/**
 * github-members: a GitHub organization's members, outside collaborators and pending invitations as
 * accounts in the GitHub app (--app, default "GitHub"; catalog github). Accepted layouts:
 *  - one JSON object { "members": [...], "admins": [...], "invitations": [...],
 *    "outside_collaborators": [...] } (admins and outside_collaborators optional);
 *  - a folder of JSON arrays: invitations*.json (GET /orgs/{org}/invitations),
 *    admins*.json (GET /orgs/{org}/members?role=admin), outside-collaborators*.json
 *    (GET /orgs/{org}/outside_collaborators), any other name members (GET /orgs/{org}/members);
 *    pages of each are read in name order.
 * Outside collaborators are not members: active accounts with the role "Outside collaborator".
 * GitHub's members list has no role: a member is an Owner when listed among the admins or when its
 * record has "role": "admin" (membership objects { state, role, user } are accepted too), else a
 * Member. Without an admins listing or roles, members are accepted with their role unknown.
 * Invitations are invited accounts (invitedAt = created_at); one with a failed_at date failed
 * (deactivated); GitHub sends "failed_at": "" on a pending one. A connector's listing of nothing
 * (ParseOptions.emptyIsComplete) is an organization nobody is left in; an empty export file is refused.
 */
import { basename } from 'node:path';

import type { AccountIn, AppRefIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { requireApp } from '../input/app-ref.js';
import { wrongJsonKind } from '../input/detect.js';
import { UniqueCheck } from '../input/duplicates.js';
import { expandInputs } from '../input/files.js';
import { readJsonPage } from '../input/json-pages.js';
import { RecordReader, isJsonObject } from '../input/json-record.js';
import { collecting, fatal, Problems } from '../input/problems.js';
import { describeFound } from '../input/result.js';

type ListKind = 'members' | 'admins' | 'invitations' | 'outside_collaborators';
const LIST_KEYS = ['members', 'admins', 'invitations', 'outside_collaborators'] as const;
const OUTSIDE_COLLABORATOR = 'Outside collaborator';

const MEMBER_ROLES: Record<string, string> = { admin: 'Owner', member: 'Member', billing_manager: 'Billing manager' };
const INVITATION_ROLES: Record<string, string> = {
  admin: 'Owner',
  direct_member: 'Member',
  billing_manager: 'Billing manager',
  reinstate: 'Member',
  member: 'Member',
};

function listKindOfFile(file: InputFile): ListKind {
  const name = basename(file.path).toLowerCase();
  if (name.startsWith('invitation')) return 'invitations';
  if (name.startsWith('admin')) return 'admins';
  if (name.startsWith('outside')) return 'outside_collaborators';
  return 'members';
}

interface MemberRow {
  account: AccountIn;
  roleGiven: boolean;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const app = requireApp(options, { kind: 'github-members', name: 'GitHub', catalogKey: 'github' }, files);
  const problems = new Problems();
  const pages = await expandInputs(files, ['.json']);
  const members = new Map<string, MemberRow>();
  const collaborators = new Map<string, MemberRow>();
  const admins = new Set<string>();
  const invitations: AccountIn[] = [];
  const memberIds = new UniqueCheck('member', problems);
  const collaboratorIds = new UniqueCheck('outside collaborator', problems);
  const invitationIds = new UniqueCheck('invitation id', problems);
  let checked = false;
  let recordsRead = 0;
  let sawAdminList = false;

  const visit = (file: InputFile, list: ListKind, records: unknown[]): void => {
    if (list === 'admins') sawAdminList = true;
    records.forEach((item, index) => {
      recordsRead += 1;
      if (!isJsonObject(item)) {
        problems.add({ file: file.name, record: index }, `expected a record (an object), found ${describeFound(item)}`);
        return;
      }
      if (!checked) {
        checked = true;
        const wrong = wrongJsonKind('github-members', item);
        if (wrong) fatal({ file: file.name, record: index }, wrong);
      }
      const r = new RecordReader(item, file.name, index, problems);
      if (list === 'invitations') readInvitation(r, app, invitations, invitationIds);
      else if (list === 'outside_collaborators') readMember(r, app, list, collaborators, admins, collaboratorIds);
      else readMember(r, app, list, members, admins, memberIds);
    });
  };

  for (const file of pages) {
    await collecting(problems, async () => {
      const root = await readJsonPage(file, 'github-members');
      if (Array.isArray(root)) {
        visit(file, listKindOfFile(file), root);
        return;
      }
      if (!isJsonObject(root) || !LIST_KEYS.some((key) => key in root)) {
        fatal(
          { file: file.name },
          `expected { "members": [...], "invitations": [...] } or a JSON array (members, admins*.json, invitations*.json or outside-collaborators*.json), found ${isJsonObject(root) ? `an object with keys: ${Object.keys(root).slice(0, 10).join(', ')}` : describeFound(root)}`,
        );
      }
      for (const key of LIST_KEYS) {
        const list = root[key];
        if (list === undefined) continue;
        if (!Array.isArray(list)) problems.add({ file: file.name, field: key }, `expected an array, found ${describeFound(list)}`);
        else visit(file, key, list);
      }
    });
  }

  const rows = [...members.values()];
  for (const login of admins) {
    if (rows.length > 0 && !members.has(login)) {
      problems.add(
        { file: pages[0]?.name ?? '(input)', field: 'admins' },
        `admin "${login}" is not in the members list: the members export looks incomplete (owners are members too)`,
      );
    }
  }
  for (const [login, row] of collaborators) {
    if (members.has(login))
      problems.add(
        { file: pages[0]?.name ?? '(input)', field: 'outside_collaborators' },
        `"${row.account.username ?? login}" is listed both as a member and as an outside collaborator; GitHub lists each account as one or the other`,
      );
  }
  if (recordsRead === 0 && problems.count === 0 && options.emptyIsComplete !== true)
    problems.add({ file: pages[0]?.name ?? '(input)' }, 'no records: the export lists no members or invitations');
  problems.throwIfAny();

  let roleUnknown = 0;
  for (const row of rows) {
    const login = row.account.username?.toLowerCase();
    if (row.roleGiven) continue;
    if (login && admins.has(login)) row.account.roles = ['Owner'];
    else if (!sawAdminList) {
      row.account.roles = [];
      row.account.rolesKnown = false;
      roleUnknown += 1;
    }
  }
  const batch = emptyBatch('github-members', `github-members:${app.name}`);
  batch.accounts = [...rows.map((r) => r.account), ...[...collaborators.values()].map((r) => r.account), ...invitations];
  batch.recordsRead = recordsRead;
  if (roleUnknown) {
    batch.notes.push(
      `${roleUnknown} member(s) without a role: GitHub's members list does not say who is an owner, so their role is unknown. Add the GET /orgs/{org}/members?role=admin result (admins.json, or "admins" in the object) to tell owners from members.`,
    );
  }
  batch.notes.push('GitHub gives no last-activity date for members: activity is unknown.');
  return batch;
}

function readMember(
  r: RecordReader,
  app: AppRefIn,
  list: ListKind,
  members: Map<string, MemberRow>,
  admins: Set<string>,
  ids: UniqueCheck,
): void {
  const isMembership = r.has('user') && r.has('state');
  const prefix = isMembership ? 'user.' : '';
  const login = r.requiredString(`${prefix}login`);
  const id = r.requiredString(`${prefix}id`, { numbers: true });
  r.identify(login || id);
  const roleWord = r.oneOf('role', Object.keys(MEMBER_ROLES));
  if (list === 'admins') {
    admins.add(login.toLowerCase());
    return;
  }
  if (!ids.check(login.toLowerCase(), r.where(`${prefix}login`), login)) return;
  const state = isMembership ? r.oneOf('state', ['active', 'pending'] as const) : 'active';
  const roleName = list === 'outside_collaborators' ? OUTSIDE_COLLABORATOR : roleWord ? (MEMBER_ROLES[roleWord] ?? 'Member') : 'Member';
  members.set(login.toLowerCase(), {
    roleGiven: roleWord !== null || list === 'outside_collaborators',
    account: {
      app,
      externalId: id,
      email: r.email(`${prefix}email`),
      username: login,
      displayName: r.string(`${prefix}name`),
      status: state === 'pending' ? 'invited' : 'active',
      vendorStatus: state ?? 'active',
      kind: r.string(`${prefix}type`) === 'Bot' ? 'service' : 'human',
      roles: [roleName],
      rolesKnown: true,
      seatType: roleName === 'Billing manager' ? 'No seat' : null,
      invitedAt: null,
      createdAt: null,
      lastActiveAt: null,
      activityKnown: false,
      counters: {},
    },
  });
}

function readInvitation(r: RecordReader, app: AppRefIn, out: AccountIn[], ids: UniqueCheck): void {
  const id = r.requiredString('id', { numbers: true });
  r.identify(id);
  if (id) ids.check(id, r.where('id'));
  const login = r.string('login');
  const email = r.email('email');
  if (!login && !email) r.problem('login', 'an invitation needs a login or an email; both are empty');
  const roleWord = r.oneOf('role', Object.keys(INVITATION_ROLES), { required: true });
  const failedAt = r.dateTime('failed_at');
  const failed = failedAt !== null;
  const roleName = roleWord ? (INVITATION_ROLES[roleWord] ?? 'Member') : 'Member';
  out.push({
    app,
    externalId: null,
    email,
    username: login,
    displayName: null,
    status: failed ? 'deactivated' : 'invited',
    vendorStatus: failed ? `failed ${failedAt.slice(0, 10)}${reasonOf(r)}` : 'pending invitation',
    kind: 'human',
    roles: [roleName],
    rolesKnown: true,
    seatType: roleName === 'Billing manager' ? 'No seat' : null,
    invitedAt: r.dateTime('created_at'),
    createdAt: null,
    lastActiveAt: null,
    activityKnown: false,
    counters: {},
  });
}

function reasonOf(r: RecordReader): string {
  const reason = r.string('failed_reason');
  return reason ? `: ${reason}` : '';
}

export const githubMembersParser: Parser = {
  kind: 'github-members',
  description:
    'GitHub organization members, outside collaborators and pending invitations (JSON): { "members", "admins", "invitations", "outside_collaborators" } in one file, or a folder with members*.json, admins*.json (?role=admin), invitations*.json and outside-collaborators*.json.',
  needsApp: false,
  parse,
};
