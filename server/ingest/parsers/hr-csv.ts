/**
 * hr-csv: people from an HR system's CSV export. Recognises Workday report columns
 * (Employee_ID, Legal_Name_-_First_Name, Email_-_Work, Worker_s_Manager, Hire_Date,
 * Termination_Date, Worker_Status), BambooHR (Employee #, First Name, Last Name, Work Email,
 * Supervisor Email, Hire Date, Termination Date, Status, Department, Job Title) and plain snake_case;
 * --mapping field=Column for anything else.
 */
import type { ImportBatch, PersonIn, PersonStatus } from '../model.js';
import { emptyBatch } from '../model.js';
import type { Parser, ParseOptions, InputFile } from '../parser.js';
import { headerFits } from '../input/csv-header-check.js';
import { readCsvTable, type CsvRow } from '../input/csv-table.js';
import { DateReader } from '../input/date-reader.js';
import { toIsoDate } from '../input/dates.js';
import { UniqueCheck } from '../input/duplicates.js';
import { parseEmail } from '../input/email.js';
import { expandInputs } from '../input/files.js';
import type { ColumnSpec } from '../input/headers.js';
import { splitList } from '../input/lists.js';
import { Problems } from '../input/problems.js';
import { shown } from '../input/result.js';

export const HR_COLUMNS = {
  employeeId: {
    field: 'employee_id',
    label: 'employee id',
    synonyms: ['Employee ID', 'Employee_ID', 'Employee #', 'Employee Number', 'Employee No', 'Emp ID', 'Worker ID', 'Person Number', 'ID'],
  },
  firstName: {
    field: 'first_name',
    label: 'first name',
    synonyms: [
      'First Name',
      'Legal_Name_-_First_Name',
      'Preferred_Name_-_First_Name',
      'Legal First Name',
      'Preferred First Name',
      'Given Name',
    ],
  },
  lastName: {
    field: 'last_name',
    label: 'last name',
    synonyms: ['Last Name', 'Legal_Name_-_Last_Name', 'Preferred_Name_-_Last_Name', 'Legal Last Name', 'Surname', 'Family Name'],
  },
  fullName: {
    field: 'full_name',
    label: 'full name',
    synonyms: ['Full Name', 'Display Name', 'Name', 'Employee Name', 'Preferred Name', 'Legal Name', 'Worker'],
  },
  email: {
    field: 'work_email',
    label: 'work email',
    synonyms: [
      'Work Email',
      'Email_-_Work',
      'Primary Work Email',
      'Work Email Address',
      'Business Email',
      'Company Email',
      'Email',
      'Email Address',
    ],
  },
  alternateEmails: {
    field: 'alternate_emails',
    label: 'alternate emails',
    synonyms: ['Alternate Emails', 'Alternate Email', 'Other Emails', 'Secondary Emails', 'Additional Emails', 'Email Aliases', 'Aliases'],
  },
  department: {
    field: 'department',
    label: 'department',
    synonyms: ['Department', 'Dept', 'Supervisory_Organization', 'Supervisory Organization', 'Division', 'Organization', 'Team'],
  },
  title: {
    field: 'title',
    label: 'title',
    synonyms: ['Job Title', 'Title', 'Business_Title', 'Business Title', 'Job_Profile', 'Job Profile', 'Position'],
  },
  manager: {
    field: 'manager',
    label: 'manager',
    synonyms: [
      'Manager Email',
      'Supervisor Email',
      'Manager Work Email',
      'Manager Employee ID',
      'Manager_Employee_ID',
      'Manager ID',
      'Supervisor ID',
      'Worker_s_Manager',
      'Manager',
      'Supervisor',
      'Reports To',
      'Line Manager',
    ],
  },
  status: {
    field: 'status',
    label: 'status',
    synonyms: ['Status', 'Worker_Status', 'Worker Status', 'Employment Status', 'Employee Status', 'Employment_Status'],
  },
  startDate: {
    field: 'start_date',
    label: 'start date',
    synonyms: ['Start Date', 'Hire Date', 'Hire_Date', 'Original Hire Date', 'Original_Hire_Date', 'Date Hired', 'Date of Hire'],
  },
  endDate: {
    field: 'end_date',
    label: 'end date',
    synonyms: ['End Date', 'Termination Date', 'Termination_Date', 'Term Date', 'Last Day of Work', 'Last_Day_of_Work', 'Separation Date'],
  },
} satisfies Record<string, ColumnSpec>;

const SPECS: ColumnSpec[] = Object.values(HR_COLUMNS);

const STATUS_WORDS: Record<string, PersonStatus> = {
  active: 'active',
  employed: 'active',
  current: 'active',
  'full time': 'active',
  'full-time': 'active',
  'part time': 'active',
  'part-time': 'active',
  leave: 'leave',
  'on leave': 'leave',
  'leave of absence': 'leave',
  'on leave of absence': 'leave',
  loa: 'leave',
  'parental leave': 'leave',
  'medical leave': 'leave',
  sabbatical: 'leave',
  furloughed: 'leave',
  terminated: 'terminated',
  inactive: 'terminated',
  former: 'terminated',
  separated: 'terminated',
  left: 'terminated',
  resigned: 'terminated',
  retired: 'terminated',
  dismissed: 'terminated',
  deceased: 'terminated',
};

export function personStatus(word: string): PersonStatus | undefined {
  const normal = word
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
  const exact = STATUS_WORDS[normal];
  if (exact) return exact;
  if (normal.startsWith('terminated')) return 'terminated';
  if (normal.startsWith('on leave') || normal.startsWith('leave of absence')) return 'leave';
  return undefined;
}

interface RowPerson {
  person: PersonIn;
  file: string;
  line: number;
  /** The row gave no status: decided from the end date once every date is read. */
  statusDerived: boolean;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const pages = await expandInputs(files, ['.csv']);
  const dates = new DateReader(problems);
  const ids = new UniqueCheck('employee id', problems);
  const emails = new UniqueCheck('work email', problems);
  const rows: RowPerson[] = [];
  let derivedStatus = 0;
  let recordsRead = 0;
  let hasStatusColumn = false;

  for (const file of pages) {
    recordsRead += await readCsvTable(file, SPECS, options.mapping, problems, {
      onHeader(columns, where) {
        const hasName =
          columns.index.has(HR_COLUMNS.fullName.field) ||
          (columns.index.has(HR_COLUMNS.firstName.field) && columns.index.has(HR_COLUMNS.lastName.field));
        const fits = headerFits('hr-csv', columns, [HR_COLUMNS.employeeId, HR_COLUMNS.email], where, problems);
        if (fits && !hasName) {
          problems.add(
            { ...where, field: 'full name' },
            `missing the name: expected a "full name" column (Full Name, Name, Display Name, Worker) or both "first name" and "last name" (First Name / Legal_Name_-_First_Name, Last Name / Legal_Name_-_Last_Name); map one with --mapping full_name=<column>`,
          );
          return false;
        }
        if (columns.index.has(HR_COLUMNS.status.field)) hasStatusColumn = true;
        return fits;
      },
      onRow(row) {
        const person = readPerson(row, dates, problems);
        if (!person) return;
        if (person.employeeId)
          ids.check(
            person.employeeId.toLowerCase(),
            { file: row.file, line: row.line, field: HR_COLUMNS.employeeId.label },
            person.employeeId,
          );
        const statusDerived = row.get(HR_COLUMNS.status.field) === null;
        if (statusDerived) derivedStatus += 1;
        rows.push({ person, line: row.line, file: row.file, statusDerived });
      },
    });
  }
  dates.finish();

  const today = toIsoDate(options.now);
  for (const { person, statusDerived } of rows) {
    if (statusDerived && person.endDate !== null && person.endDate <= today) person.status = 'terminated';
  }
  // A rehire is a new record under the same work email; the earlier ones are terminated. Any two
  // records of people still employed (or on leave) under one email are a mistake.
  const recordsPerEmail = new Map<string, number>();
  for (const { person, line, file } of rows) {
    if (!person.email) continue;
    recordsPerEmail.set(person.email, (recordsPerEmail.get(person.email) ?? 0) + 1);
    if (person.status !== 'terminated') emails.check(person.email, { file, line, field: HR_COLUMNS.email.label });
  }
  const rehires = [...recordsPerEmail.values()].filter((count) => count > 1).length;
  problems.throwIfAny();
  const notes: string[] = [];
  if (rehires > 0)
    notes.push(
      `${rehires} work email(s) are on more than one record, all but one terminated: rehires, kept as separate records; accounts go to the current one.`,
    );
  if (!hasStatusColumn) notes.push('No status column: people with an end date on or before today are terminated, the rest active.');
  else if (derivedStatus > 0)
    notes.push(`${derivedStatus} row(s) have a blank status: terminated when the end date is on or before today, else active.`);
  notes.push(...resolveManagers(rows));

  const batch = emptyBatch('hr-csv', 'hr-csv');
  batch.people = rows.map((r) => r.person);
  batch.recordsRead = recordsRead;
  batch.notes = notes;
  return batch;
}

function readPerson(row: CsvRow, dates: DateReader, problems: Problems): PersonIn | null {
  const at = (label: string) => ({ file: row.file, line: row.line, field: label });
  const employeeId = row.get(HR_COLUMNS.employeeId.field);
  if (!employeeId) problems.add(at(HR_COLUMNS.employeeId.label), 'expected an employee id, found an empty cell');

  const rawEmail = row.get(HR_COLUMNS.email.field);
  let email = '';
  if (!rawEmail) problems.add(at(HR_COLUMNS.email.label), 'expected a work email, found an empty cell');
  else {
    const parsed = parseEmail(rawEmail);
    if (parsed.ok) email = parsed.value;
    else problems.add(at(HR_COLUMNS.email.label), parsed.message);
  }

  const alternateEmails: string[] = [];
  for (const part of splitList(row.get(HR_COLUMNS.alternateEmails.field))) {
    const parsed = parseEmail(part);
    if (!parsed.ok) problems.add(at(HR_COLUMNS.alternateEmails.label), parsed.message);
    else if (parsed.value !== email && !alternateEmails.includes(parsed.value)) alternateEmails.push(parsed.value);
  }

  const firstName = row.get(HR_COLUMNS.firstName.field);
  const lastName = row.get(HR_COLUMNS.lastName.field);
  const displayName = row.get(HR_COLUMNS.fullName.field) ?? [firstName, lastName].filter(Boolean).join(' ');
  if (!displayName) problems.add(at(HR_COLUMNS.fullName.label), 'expected a name (full name, or first and last name), found empty cells');

  const statusWord = row.get(HR_COLUMNS.status.field);
  let status: PersonStatus = 'active';
  if (statusWord !== null) {
    const mapped = personStatus(statusWord);
    if (mapped) status = mapped;
    else
      problems.add(
        at(HR_COLUMNS.status.label),
        `unknown status ${shown(statusWord)}; expected one of: ${Object.keys(STATUS_WORDS).join(', ')}`,
      );
  }

  const person: PersonIn = {
    employeeId: employeeId ?? '',
    displayName,
    firstName,
    lastName,
    email,
    alternateEmails,
    department: row.get(HR_COLUMNS.department.field),
    title: row.get(HR_COLUMNS.title.field),
    manager: row.get(HR_COLUMNS.manager.field),
    status,
    startDate: null,
    endDate: null,
  };
  dates.read(row.get(HR_COLUMNS.startDate.field), at(HR_COLUMNS.startDate.label), 'date', (value) => {
    person.startDate = value;
  });
  dates.read(row.get(HR_COLUMNS.endDate.field), at(HR_COLUMNS.endDate.label), 'date', (value) => {
    person.endDate = value;
  });
  return person;
}

/**
 * Managers as the writer can resolve them: an email (lower-cased) or an employee id stay; a name
 * (Workday's Worker_s_Manager holds the manager's name) becomes that person's employee id when
 * exactly one person in the file has it. Returns notes about managers left unresolved.
 */
function resolveManagers(rows: readonly RowPerson[]): string[] {
  const ids = new Set(rows.map((r) => r.person.employeeId.toLowerCase()));
  const emails = new Set(rows.flatMap((r) => [r.person.email, ...r.person.alternateEmails]));
  const byName = new Map<string, string[]>();
  for (const { person } of rows) {
    const key = person.displayName.trim().toLowerCase().replace(/\s+/g, ' ');
    byName.set(key, [...(byName.get(key) ?? []), person.employeeId]);
  }
  let byNameCount = 0;
  const unresolved: string[] = [];
  for (const { person, line } of rows) {
    const manager = person.manager;
    if (manager === null) continue;
    const email = parseEmail(manager);
    if (email.ok) {
      person.manager = email.value;
      if (!emails.has(email.value)) unresolved.push(`line ${line}: ${manager}`);
      continue;
    }
    if (ids.has(manager.toLowerCase())) continue;
    const named = byName.get(manager.trim().toLowerCase().replace(/\s+/g, ' '));
    if (named && named.length === 1 && named[0]) {
      person.manager = named[0];
      byNameCount += 1;
      continue;
    }
    unresolved.push(`line ${line}: ${manager}${named && named.length > 1 ? ' (several people have this name)' : ''}`);
  }
  const notes: string[] = [];
  if (byNameCount) notes.push(`${byNameCount} manager(s) given by name were matched to the employee id of the one person with that name.`);
  if (unresolved.length) {
    notes.push(
      `${unresolved.length} manager(s) are not anyone in this file (by employee id, work email or name), kept as written: ${unresolved.slice(0, 5).join('; ')}${unresolved.length > 5 ? '; …' : ''}`,
    );
  }
  return notes;
}

export const hrCsvParser: Parser = {
  kind: 'hr-csv',
  description:
    'HR export (CSV): employee id, name, work email, alternate emails, department, title, manager, status, start/end dates. Workday, BambooHR and snake_case headers recognised; --mapping for others.',
  needsApp: false,
  parse,
};
