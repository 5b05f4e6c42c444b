/**
 * accounts-csv: the user list of any app without its own importer (Jasper, JetStack AI, Jestor,
 * Zoom, Figma, Notion, Salesforce, 1Password, Google Workspace licences…), as the app's admin page
 * exports it. --app names the app; --catalog picks the catalog entry (default: the entry named like
 * --app); an app outside the catalog is imported all the same. Columns: email (required), name,
 * username, user id, role(s), status, seat type, invited at, last active, created; every other
 * column whose values are all numbers is kept as a counter. Roles, seat types and status words are
 * the customer's: matched to the catalog when it knows them (catalog/vocabulary.ts), else kept as
 * written and read by their meaning.
 */
import type { Catalog } from '../../catalog/catalog.js';
import type { AccountStatus, CatalogEntry } from '../../catalog/catalog.types.js';
import { inferStatus, resolveRole, resolveSeatType } from '../../catalog/vocabulary.js';
import type { AccountIn, AccountKind, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { requireApp } from '../input/app-ref.js';
import { headerFits } from '../input/csv-header-check.js';
import { readCsvTable, type CsvRow } from '../input/csv-table.js';
import { DateReader } from '../input/date-reader.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { expandInputs } from '../input/files.js';
import type { ColumnSpec } from '../input/headers.js';
import { splitList } from '../input/lists.js';
import { parseCounter } from '../input/numbers.js';
import { Problems } from '../input/problems.js';
import { shown } from '../input/result.js';

export const ACCOUNT_COLUMNS = {
  email: {
    field: 'email',
    label: 'email',
    synonyms: ['Email', 'Account email', 'Email address', 'User email', 'Work email', 'E-mail', 'Login email', 'Mail'],
  },
  name: { field: 'name', label: 'name', synonyms: ['Name', 'Full name', 'Display name', 'Member', 'Member name'] },
  firstName: { field: 'first_name', label: 'first name', synonyms: ['First name', 'Given name'] },
  lastName: { field: 'last_name', label: 'last name', synonyms: ['Last name', 'Surname', 'Family name'] },
  username: { field: 'username', label: 'username', synonyms: ['Username', 'User name', 'Login', 'Handle'] },
  userId: { field: 'user_id', label: 'user id', synonyms: ['User ID', 'Account ID', 'Member ID', 'ID'] },
  role: {
    field: 'role',
    label: 'role',
    synonyms: ['Role', 'Roles', 'User role', 'Member role', 'Role profile', 'Profile', 'Access level', 'Permission'],
  },
  status: { field: 'status', label: 'status', synonyms: ['Status', 'User status', 'Account status', 'Member status', 'State'] },
  seatType: {
    field: 'seat_type',
    label: 'seat type',
    synonyms: ['Seat type', 'Seat', 'License', 'License type', 'Licence', 'Licence type', 'User type', 'Plan'],
  },
  invitedAt: {
    field: 'invited_at',
    label: 'invited at',
    synonyms: ['Invited at', 'Invited', 'Invited on', 'Date invited', 'Invitation date', 'Invite sent'],
  },
  lastActive: {
    field: 'last_active',
    label: 'last active',
    synonyms: [
      'Last active',
      'Last activity',
      'Last active at',
      'Last seen',
      'Last login',
      'Last login time',
      'Last sign in',
      'Last signed in',
      'Last used',
    ],
  },
  createdAt: {
    field: 'created_at',
    label: 'created at',
    synonyms: ['Created at', 'Created', 'Date added', 'Added', 'Joined', 'Join date', 'Member since'],
  },
  kind: { field: 'kind', label: 'account kind', synonyms: ['Account kind', 'Account type', 'Kind'] },
} satisfies Record<string, ColumnSpec>;
const SPECS: ColumnSpec[] = Object.values(ACCOUNT_COLUMNS);

const KINDS: Record<string, AccountKind> = {
  human: 'human',
  person: 'human',
  user: 'human',
  service: 'service',
  bot: 'service',
  integration: 'service',
  shared: 'shared',
};

interface CounterColumn {
  index: number;
  name: string;
  /** First non-numeric cell, when there is one: the column is then not a counter. */
  notNumeric: { line: number; text: string } | null;
  values: number;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const app = requireApp(options, { kind: 'accounts-csv' }, files);
  const entry = app.catalogKey === null ? undefined : options.catalog.get(app.catalogKey);
  const words = new WordsRead();
  const problems = new Problems();
  const pages = await expandInputs(files, ['.csv']);
  const dates = new DateReader(problems);
  const emails = new UniqueCheck('email', problems);
  const accounts: AccountIn[] = [];
  const counterColumns = new Map<string, CounterColumn>();
  let recordsRead = 0;
  let statusColumn = true;
  let activityColumn = true;

  for (const file of pages) {
    let counters: CounterColumn[] = [];
    let hasLastActive = false;
    recordsRead += await readCsvTable(file, SPECS, options.mapping, problems, {
      onHeader(columns, where) {
        if (!headerFits('accounts-csv', columns, [ACCOUNT_COLUMNS.email], where, problems)) return false;
        statusColumn &&= columns.index.has(ACCOUNT_COLUMNS.status.field);
        hasLastActive = columns.index.has(ACCOUNT_COLUMNS.lastActive.field);
        activityColumn &&= hasLastActive;
        counters = columns.unused.flatMap((index) => {
          const name = (columns.header[index] ?? '').trim();
          if (!name) return [];
          const column = counterColumns.get(name) ?? { index, name, notNumeric: null, values: 0 };
          counterColumns.set(name, column);
          return [{ ...column, index }];
        });
        return true;
      },
      onRow(row) {
        const account = readAccount(row, options.catalog, entry, app, hasLastActive, dates, words, problems);
        if (!account) return;
        if (account.email) emails.check(account.email, { file: row.file, line: row.line, field: ACCOUNT_COLUMNS.email.label });
        for (const column of counters) {
          const text = row.at(column.index);
          if (text === null) continue;
          const shared = counterColumns.get(column.name);
          if (!shared || shared.notNumeric) continue;
          const value = parseCounter(text);
          if (value.ok) {
            account.counters[column.name] = value.value;
            shared.values += 1;
          } else shared.notNumeric = { line: row.line, text };
        }
        accounts.push(account);
      },
    });
  }
  dates.finish();
  problems.throwIfAny();

  const dropped = [...counterColumns.values()].filter((c) => c.notNumeric || c.values === 0);
  if (dropped.some((c) => c.notNumeric)) {
    for (const account of accounts) for (const column of dropped) delete account.counters[column.name];
  }
  const kept = [...counterColumns.values()].filter((c) => !c.notNumeric && c.values > 0).map((c) => c.name);

  const batch = emptyBatch('accounts-csv', `accounts-csv:${app.name}`);
  batch.accounts = accounts;
  batch.recordsRead = recordsRead;
  if (!statusColumn) batch.notes.push('No status column: every account is taken as active (pending invites cannot be told apart).');
  if (!activityColumn) batch.notes.push(`No last-active column: activity is unknown for ${app.name} accounts.`);
  batch.notes.push(...words.notes(app.name));
  if (kept.length) batch.notes.push(`Kept as counters: ${kept.map((n) => JSON.stringify(n)).join(', ')}.`);
  const ignored = dropped.map((c) =>
    c.notNumeric ? `${JSON.stringify(c.name)} (line ${c.notNumeric.line}: ${shown(c.notNumeric.text)})` : JSON.stringify(c.name),
  );
  if (ignored.length) batch.notes.push(`Columns not read (not numbers, so not counters): ${ignored.join(', ')}.`);
  return batch;
}

/** The status words no catalog entry listed, and how each was read, for the notes. */
class WordsRead {
  private readonly statuses = new Map<string, AccountStatus | null>();

  status(word: string, read: AccountStatus | undefined): void {
    this.statuses.set(word, read ?? null);
  }

  notes(appName: string): string[] {
    const inferred = [...this.statuses].filter(([, read]) => read !== null).map(([word, read]) => `${shown(word)} as ${read}`);
    const unread = [...this.statuses].filter(([, read]) => read === null).map(([word]) => shown(word));
    return [
      ...(inferred.length ? [`Status words the catalog does not list for ${appName}, read by their meaning: ${inferred.join(', ')}.`] : []),
      ...(unread.length ? [`Status words Attest cannot read, taken as active: ${unread.join(', ')}.`] : []),
    ];
  }
}

function readAccount(
  row: CsvRow,
  catalog: Catalog,
  entry: CatalogEntry | undefined,
  app: AccountIn['app'],
  hasLastActive: boolean,
  dates: DateReader,
  words: WordsRead,
  problems: Problems,
): AccountIn | null {
  const at = (label: string) => ({ file: row.file, line: row.line, field: label });
  const rawEmail = row.get(ACCOUNT_COLUMNS.email.field);
  let email: string | null = null;
  if (!rawEmail) problems.add(at(ACCOUNT_COLUMNS.email.label), 'expected an email address, found an empty cell');
  else {
    const parsed = parseEmail(rawEmail);
    if (parsed.ok) email = parsed.value;
    else problems.add(at(ACCOUNT_COLUMNS.email.label), parsed.message);
  }

  const roles = [...new Set(splitList(row.get(ACCOUNT_COLUMNS.role.field)).map((word) => resolveRole(entry, word).name))];

  const statusWord = row.get(ACCOUNT_COLUMNS.status.field);
  let status: AccountStatus = 'active';
  if (statusWord === null && row.hasColumn(ACCOUNT_COLUMNS.status.field)) {
    problems.add(at(ACCOUNT_COLUMNS.status.label), 'expected a status, found an empty cell');
  } else if (statusWord !== null) {
    const listed = entry ? catalog.statusOf(entry.key, statusWord) : undefined;
    if (listed) status = listed;
    else {
      const inferred = inferStatus(statusWord);
      words.status(statusWord, inferred);
      status = inferred ?? 'active';
    }
  }

  const seatWord = row.get(ACCOUNT_COLUMNS.seatType.field);
  const seatType = seatWord === null ? null : resolveSeatType(entry, seatWord).name;

  const kindWord = row.get(ACCOUNT_COLUMNS.kind.field);
  const kind = kindWord === null ? 'human' : KINDS[kindWord.toLowerCase()];
  if (kind === undefined)
    problems.add(at(ACCOUNT_COLUMNS.kind.label), `unknown account kind ${shown(kindWord ?? '')}; expected human, service or shared`);

  const first = row.get(ACCOUNT_COLUMNS.firstName.field);
  const last = row.get(ACCOUNT_COLUMNS.lastName.field);
  const account: AccountIn = {
    app,
    externalId: row.get(ACCOUNT_COLUMNS.userId.field),
    email,
    username: row.get(ACCOUNT_COLUMNS.username.field),
    displayName: row.get(ACCOUNT_COLUMNS.name.field) ?? ([first, last].filter(Boolean).join(' ') || null),
    status,
    vendorStatus: statusWord ?? 'active',
    kind: kind ?? 'human',
    roles,
    rolesKnown: true,
    seatType,
    invitedAt: null,
    createdAt: null,
    lastActiveAt: null,
    activityKnown: hasLastActive,
    counters: {},
  };
  dates.read(row.get(ACCOUNT_COLUMNS.invitedAt.field), at(ACCOUNT_COLUMNS.invitedAt.label), 'datetime', (value) => {
    account.invitedAt = value;
  });
  dates.read(row.get(ACCOUNT_COLUMNS.lastActive.field), at(ACCOUNT_COLUMNS.lastActive.label), 'datetime', (value) => {
    account.lastActiveAt = value;
  });
  dates.read(row.get(ACCOUNT_COLUMNS.createdAt.field), at(ACCOUNT_COLUMNS.createdAt.label), 'datetime', (value) => {
    account.createdAt = value;
  });
  return account;
}

export const accountsCsvParser: Parser = {
  kind: 'accounts-csv',
  description:
    "Any app's user list (CSV: email, name, role, status, seat type, invited at, last active, numeric counters) for the app named by --app; --catalog picks the catalog entry (an app outside the catalog needs none; roles and seat types the catalog does not know are kept).",
  needsApp: true,
  parse,
};
