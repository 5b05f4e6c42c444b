/**
 * slack-users: Slack users.list ({ "ok": true, "members": [...], "response_metadata":
 * { "next_cursor" } } pages, or an array) as accounts in the Slack app (--app, default "Slack";
 * catalog slack). users.list returns invited and deleted users too: deleted -> deactivated,
 * is_invited_user -> invited, else active. Roles: Primary Owner, Workspace Owner, Workspace Admin,
 * Multi-Channel Guest (is_restricted), Single-Channel Guest (is_ultra_restricted), Member; seat
 * types follow the guests. Bots (is_bot, and Slackbot) are not people and are left out, counted in
 * the notes. users.list gives no activity date, so activity is unknown.
 */
import type { AccountStatus } from '../../catalog/catalog.types.js';
import type { AccountIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { requireApp } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import type { RecordReader } from '../input/json-record.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

function role(r: RecordReader): { role: string; seatType: string } {
  if (r.boolean('is_primary_owner')) return { role: 'Primary Owner', seatType: 'Full member' };
  if (r.boolean('is_owner')) return { role: 'Workspace Owner', seatType: 'Full member' };
  if (r.boolean('is_admin')) return { role: 'Workspace Admin', seatType: 'Full member' };
  if (r.boolean('is_ultra_restricted')) return { role: 'Single-Channel Guest', seatType: 'Single-Channel Guest' };
  if (r.boolean('is_restricted')) return { role: 'Multi-Channel Guest', seatType: 'Multi-Channel Guest' };
  return { role: 'Member', seatType: 'Full member' };
}

function status(deleted: boolean, invited: boolean): { status: AccountStatus; vendorStatus: string } {
  if (deleted) return { status: 'deactivated', vendorStatus: 'deleted' };
  if (invited) return { status: 'invited', vendorStatus: 'invited' };
  return { status: 'active', vendorStatus: 'active' };
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'slack-users', keys: ['members'], emptyIsComplete: options.emptyIsComplete };
  const app = requireApp(options, { kind: 'slack-users', name: 'Slack', catalogKey: 'slack' }, files);
  const problems = new Problems();
  const ids = new UniqueCheck('Slack user id', problems);
  const accounts: AccountIn[] = [];
  let bots = 0;
  let withoutEmail = 0;

  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    const id = r.requiredString('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const deleted = r.boolean('deleted') ?? false;
    const updated = r.epochSeconds('updated');
    if (r.boolean('is_bot') === true || id === 'USLACKBOT') {
      bots += 1;
      return;
    }
    const email = r.email('profile.email');
    if (!email) withoutEmail += 1;
    const invited = r.boolean('is_invited_user') ?? false;
    const { role: roleName, seatType } = role(r);
    accounts.push({
      app,
      externalId: id,
      email,
      username: r.string('name'),
      displayName: r.string('real_name') ?? r.string('profile.real_name') ?? r.string('profile.display_name'),
      ...status(deleted, invited),
      kind: 'human',
      roles: [roleName],
      rolesKnown: true,
      seatType,
      invitedAt: invited && !deleted ? updated : null,
      createdAt: null,
      lastActiveAt: null,
      activityKnown: false,
      counters: {},
    });
  });
  problems.throwIfAny();

  const batch = emptyBatch('slack-users', `slack-users:${app.name}`);
  batch.accounts = accounts;
  if (bots) batch.notes.push(`${bots} bot user(s) left out (apps, not people).`);
  if (withoutEmail)
    batch.notes.push(
      `${withoutEmail} user(s) have no profile.email (the token needs the users:read.email scope); they are matched by name only.`,
    );
  const invited = accounts.filter((a) => a.status === 'invited').length;
  if (invited) batch.notes.push(`${invited} invited user(s): invitedAt is the profile's "updated" time, the closest users.list gives.`);
  batch.notes.push('users.list has no last-activity date: activity is unknown (use Slack access logs or analytics for inactivity).');
  takeListing(batch, listing);
  return batch;
}

export const slackUsersParser: Parser = {
  kind: 'slack-users',
  description:
    'Slack workspace members (users.list JSON pages, including invited and deleted users) as accounts in --app (default "Slack").',
  needsApp: false,
  parse,
};
