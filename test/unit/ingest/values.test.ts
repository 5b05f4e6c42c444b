import { describe, expect, it } from 'vitest';

import { parseBoolean } from '../../../server/ingest/input/booleans.js';
import { parseDateText, toIsoDateTime } from '../../../server/ingest/input/dates.js';
import { parseEmail } from '../../../server/ingest/input/email.js';
import { parseCounter } from '../../../server/ingest/input/numbers.js';

function instant(text: string): string | null {
  const parsed = parseDateText(text);
  return parsed.kind === 'instant' ? toIsoDateTime(parsed.date) : null;
}

describe('parseEmail', () => {
  it('trims and lower-cases valid addresses', () => {
    expect(parseEmail('  Maria.Gonzalez+ops@Acme.Example ')).toEqual({ ok: true, value: 'maria.gonzalez+ops@acme.example' });
    expect(parseEmail("o'neil@sub.acme.co.uk")).toEqual({ ok: true, value: "o'neil@sub.acme.co.uk" });
  });

  it.each([
    'bob at acme.example',
    'bob@acme',
    '@acme.example',
    'bob@',
    'a b@acme.example',
    'bob@acme..example',
    'bob.@acme.example',
    'Bob <bob@acme.example>',
    'a@b@acme.example',
  ])('rejects %s with what was expected', (text) => {
    const parsed = parseEmail(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('expected an email address like name@example.com, found');
  });
});

describe('parseDateText', () => {
  it.each([
    ['2023-12-14', '2023-12-14T00:00:00.000Z'],
    ['2023-12-14T10:00:00Z', '2023-12-14T10:00:00.000Z'],
    ['2023-12-14T10:00:00.123+02:00', '2023-12-14T08:00:00.123Z'],
    ['2023-12-14 10:00:00', '2023-12-14T10:00:00.000Z'],
    ['14 Dec 2023', '2023-12-14T00:00:00.000Z'],
    ['14 December 2023 15:31:57', '2023-12-14T15:31:57.000Z'],
    ['14-Dec-2023', '2023-12-14T00:00:00.000Z'],
    ['Dec 14, 2023', '2023-12-14T00:00:00.000Z'],
    ['December 14, 2023 3:05 PM', '2023-12-14T15:05:00.000Z'],
    ['14.12.2023', '2023-12-14T00:00:00.000Z'],
    ['2023/12/14', '2023-12-14T00:00:00.000Z'],
    ['12/14/2023', '2023-12-14T00:00:00.000Z'],
    ['14/12/2023', '2023-12-14T00:00:00.000Z'],
    ['1702548000', '2023-12-14T10:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(instant(text)).toBe(iso);
  });

  it.each(['Never accessed', 'Never logged in', 'never', 'N/A'])('reads %s as never', (text) => {
    expect(parseDateText(text)).toEqual({ kind: 'never' });
  });

  it('leaves 03/04/2023 to the file to settle', () => {
    expect(parseDateText('03/04/2023')).toMatchObject({ kind: 'ambiguous', first: 3, second: 4, year: 2023 });
  });

  it.each([
    ['2023-02-30', 'day 30 does not exist'],
    ['12/14/23', 'two-digit years are ambiguous'],
    ['45274', 'spreadsheet serial day number'],
    ['yesterday', 'expected a date, found "yesterday"'],
    ['0001-01-01T00:00:00Z', 'year 1 is out of range'],
  ])('rejects %s, listing the formats accepted', (text, why) => {
    const parsed = parseDateText(text);
    expect(parsed.kind).toBe('invalid');
    if (parsed.kind === 'invalid') {
      expect(parsed.message).toContain(why);
      expect(parsed.message).toContain('accepted formats: YYYY-MM-DD, ISO 8601 date-time');
    }
  });
});

describe('parseBoolean and parseCounter', () => {
  it.each([
    ['true', true],
    ['Yes', true],
    ['1', true],
    ['FALSE', false],
    ['no', false],
    ['0', false],
  ])('reads %s', (text, value) => {
    expect(parseBoolean(text)).toEqual({ ok: true, value });
  });

  it('rejects other words', () => {
    expect(parseBoolean('maybe')).toEqual({ ok: false, message: 'expected true/false, yes/no or 1/0, found "maybe"' });
  });

  it('reads counters with thousands separators and rejects text', () => {
    expect(parseCounter('1,204')).toEqual({ ok: true, value: 1204 });
    expect(parseCounter('12.5')).toEqual({ ok: true, value: 12.5 });
    expect(parseCounter('1,20')).toMatchObject({ ok: false });
  });
});
