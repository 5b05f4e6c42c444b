/**
 * hr.csv: the people as a BambooHR employee report (hr-csv importer). A rehired person has two
 * records under one work email: the earlier one terminated, the current one active.
 */
import type { PersonRecord } from '../org.types.js';
import { csvText, type VendorContext } from './common.js';

const HEADER = [
  'Employee #',
  'First Name',
  'Last Name',
  'Work Email',
  'Alternate Emails',
  'Department',
  'Job Title',
  'Supervisor Email',
  'Status',
  'Hire Date',
  'Termination Date',
];

const STATUS: Record<PersonRecord['status'], string> = { active: 'Active', leave: 'On Leave', terminated: 'Inactive' };

export function hrCsv(ctx: VendorContext, people: PersonRecord[] = ctx.org.people): string {
  const rows = people.map((p) => [
    p.employeeId,
    p.firstName,
    p.lastName,
    p.email,
    p.alternateEmails.join('; '),
    p.department,
    p.title,
    p.managerId === null ? null : (ctx.peopleById.get(p.managerId)?.email ?? null),
    STATUS[p.status],
    p.startDate,
    p.endDate,
  ]);
  return csvText(HEADER, rows);
}
