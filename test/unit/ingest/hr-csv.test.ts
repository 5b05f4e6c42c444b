import { describe, expect, it } from 'vitest';

import { fixture, importError, parseKind } from './helpers.js';

describe('hr-csv', () => {
  it('reads a BambooHR export, settling MM/DD dates from the file and mapping statuses', async () => {
    const batch = await parseKind('hr-csv', fixture('hr-csv', 'bamboohr.csv'));
    expect(batch.recordsRead).toBe(5);
    expect(batch.people.map((p) => [p.employeeId, p.status])).toEqual([
      ['1001', 'active'],
      ['1002', 'active'],
      ['1003', 'leave'],
      ['1004', 'terminated'],
      ['1005', 'active'],
    ]);
    const [ceo, director] = batch.people;
    expect(ceo).toMatchObject({
      displayName: 'Maria Gonzalez',
      email: 'maria.gonzalez@acme.example',
      alternateEmails: ['maria@acme-old.example', 'mg@acme.example'],
      startDate: '2016-01-04',
      manager: null,
    });
    expect(director).toMatchObject({ title: 'Director, Engineering', manager: 'maria.gonzalez@acme.example', startDate: '2019-03-15' });
    expect(batch.people[3]).toMatchObject({ endDate: '2023-12-14' });
  });

  it('reads a Workday report and resolves managers given by name to employee ids', async () => {
    const batch = await parseKind('hr-csv', fixture('hr-csv', 'workday.csv'));
    expect(batch.people.map((p) => [p.employeeId, p.displayName, p.status, p.manager])).toEqual([
      ['21001', 'Logan McNeil', 'active', null],
      ['21002', 'Teresa Serrano', 'active', '21001'],
      ['21003', 'Oliver Reed', 'leave', '21002'],
      ['21004', 'Jane Doe', 'terminated', '21002'],
    ]);
    expect(batch.people[3]).toMatchObject({
      department: 'Finance',
      title: 'Accounts Payable Specialist',
      startDate: '2018-04-16',
      endDate: '2023-12-14',
    });
    expect(batch.notes.join('\n')).toContain('matched to the employee id');
  });

  it('accepts a UTF-8 BOM, CRLF line ends, quoted commas and quoted line breaks, and other unambiguous date formats', async () => {
    const batch = await parseKind('hr-csv', fixture('hr-csv', 'snake-bom-crlf.csv'));
    expect(batch.people).toHaveLength(3);
    const [kim, ravi, zoe] = batch.people;
    expect(kim).toMatchObject({
      employeeId: 'E-1',
      displayName: 'Nguyen, Kim',
      title: 'Head of Security, Risk',
      alternateEmails: ['kim@acme.example', 'kn@acme.example'],
    });
    expect(ravi).toMatchObject({ title: 'Analyst\r\n(night shift)', status: 'leave', startDate: '2023-12-14', manager: 'E-1' });
    expect(zoe).toMatchObject({ displayName: 'Zoë Müller', status: 'terminated', startDate: '2021-12-14', endDate: '2024-03-01' });
  });

  it('names the missing column and lists the columns found', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'missing-email-column.csv')));
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(
      'hr-csv/bad/missing-email-column.csv, line 1, field "work email": missing required column "work email"',
    );
    expect(error.message).toContain('columns found: "employee_id", "full_name", "department"');
  });

  it('reports duplicate employee ids and work emails naming both lines', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'duplicates.csv')));
    expect(error.message).toContain('hr-csv/bad/duplicates.csv, line 4, field "employee id": duplicate employee id "1": also at line 2');
    expect(error.message).toContain(
      'hr-csv/bad/duplicates.csv, line 5, field "work email": duplicate work email "bob@acme.example": also at line 3',
    );
  });

  it('accepts a rehire: a new record under the work email of a terminated one', async () => {
    const batch = await parseKind('hr-csv', fixture('hr-csv', 'rehire.csv'));
    expect(batch.people.map((p) => [p.employeeId, p.email, p.status])).toEqual([
      ['1001', 'dana@acme.example', 'terminated'],
      ['2044', 'dana@acme.example', 'active'],
      ['1002', 'eve@acme.example', 'active'],
    ]);
    expect(batch.notes.join(' ')).toContain('1 work email(s) are on more than one record, all but one terminated: rehires');
  });

  it('rejects invalid emails with file, line and field', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'invalid-email.csv')));
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'work email'],
      [3, 'work email'],
    ]);
    expect(error.message).toContain('expected an email address like name@example.com, found "ann at acme.example"');
  });

  it('rejects dates whose day/month order the file cannot settle, listing the formats accepted', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'ambiguous-dates.csv')));
    expect(error.problems.map((p) => [p.line, p.field])).toEqual([
      [4, 'start date'],
      [2, 'start date'],
      [3, 'start date'],
    ]);
    expect(error.message).toContain('month 13 does not exist');
    expect(error.message).toContain('ambiguous date "03/04/2021"');
    expect(error.message).toContain('accepted formats: YYYY-MM-DD');
  });

  it('rejects non-UTF-8 bytes with the line', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'latin1.csv')));
    expect(error.problems).toEqual([
      { file: 'hr-csv/bad/latin1.csv', line: 3, message: expect.stringContaining('byte 0xE9 at column 6 is not valid UTF-8') as string },
    ]);
  });

  it('rejects an empty file and a file of blank lines, naming them', async () => {
    const empty = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'empty.csv')));
    expect(empty.message).toBe('hr-csv/bad/empty.csv: file is empty (0 bytes)');
    const blank = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'blank.csv')));
    expect(blank.message).toContain('hr-csv/bad/blank.csv: file is empty');
  });

  it('reports an unclosed quote with a line', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'unclosed-quote.csv')));
    expect(error.problems[0]).toMatchObject({ file: 'hr-csv/bad/unclosed-quote.csv', line: expect.any(Number) as number });
    expect(error.message).toContain('quoted field is never closed');
  });

  it('says when the file is another kind', async () => {
    const error = await importError(parseKind('hr-csv', fixture('atlassian-csv', 'export.csv')));
    expect(error.message).toContain('this looks like an Atlassian Cloud user export (kind atlassian-csv), not hr-csv');
    const json = await importError(parseKind('hr-csv', fixture('okta-users', 'users.json')));
    expect(json.message).toBe('okta-users/users.json, line 1: this file is JSON, not a CSV export; check the import kind');
  });

  it('takes --mapping for other column names', async () => {
    const error = await importError(
      parseKind('hr-csv', fixture('hr-csv', 'bad', 'missing-email-column.csv'), { mapping: { work_email: 'Department' } }),
    );
    expect(error.message).toContain('expected an email address like name@example.com, found "Ops"');
    const unknown = await importError(
      parseKind('hr-csv', fixture('hr-csv', 'bad', 'missing-email-column.csv'), { mapping: { mail: 'x' } }),
    );
    expect(unknown.message).toContain('--mapping names an unknown field "mail"');
  });
});

describe('hr-csv rows', () => {
  it('reports rows with another number of cells than the header, accepting blank trailing cells', async () => {
    const error = await importError(parseKind('hr-csv', fixture('hr-csv', 'bad', 'cell-count.csv')));
    expect(error.problems).toEqual([
      {
        file: 'hr-csv/bad/cell-count.csv',
        line: 3,
        message: expect.stringContaining('expected 4 cells as in the header, found 5') as string,
      },
      {
        file: 'hr-csv/bad/cell-count.csv',
        line: 4,
        message: expect.stringContaining('expected 4 cells as in the header, found 2') as string,
      },
    ]);
  });
});
