/**
 * Dates and date-times as exports write them. Returns what the text means, never throws:
 * an instant, "never" (Never accessed / Never logged in), an ambiguous day/month pair for the caller
 * to settle from the rest of the file, or a message listing the formats accepted.
 */
import { shown } from './result.js';

export const DATE_FORMATS =
  'YYYY-MM-DD, ISO 8601 date-time (2023-12-14T10:00:00Z), "2023-12-14 10:00:00" (UTC), "14 Dec 2023", "Dec 14, 2023", "14-Dec-2023", DD.MM.YYYY, YYYY/MM/DD, MM/DD/YYYY or DD/MM/YYYY (when a day above 12 in the file shows the order), epoch seconds, or "Never"';

const NEVER = new Set([
  'never',
  'never accessed',
  'never logged in',
  'never signed in',
  'never used',
  'never active',
  'never seen',
  'none',
  'n/a',
  '-',
  '—',
]);

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; 0 when the text gives no zone (taken as UTC). */
  offset: number;
}

export type DateText =
  | { kind: 'instant'; date: Date; dateOnly: boolean }
  | { kind: 'never' }
  | { kind: 'ambiguous'; first: number; second: number; year: number; time: TimeParts | null }
  | { kind: 'invalid'; message: string };

const TIME = String.raw`(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`, 'i');
const YMD_SLASH = new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}$`, 'i');
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?,?[ -](\d{2,4})${TIME}$`, 'i');
const MONTH_NAME_DAY = new RegExp(String.raw`^(?:[A-Za-z]{3,9},? )?([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{2,4})${TIME}$`, 'i');
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/-])(\d{1,2})\2(\d{2,4})${TIME}$`, 'i');
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{2,4})${TIME}$`, 'i');

function invalid(text: string, why?: string): DateText {
  return { kind: 'invalid', message: `${why ? `${why}: ` : ''}expected a date, found ${shown(text)}; accepted formats: ${DATE_FORMATS}` };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseTime(groups: (string | undefined)[]): TimeParts | string | null {
  const [h, m, s, frac, ampm, zone] = groups;
  if (h === undefined || m === undefined) return null;
  let hour = Number(h);
  const minute = Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (ampm) {
    if (hour < 1 || hour > 12) return `hour ${hour} with ${ampm.toUpperCase()}`;
    hour = (hour % 12) + (ampm.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return 'time out of range';
  const millisecond = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  let offset = 0;
  if (zone && /^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || '0'));
  }
  return { hour, minute, second, millisecond, offset };
}

function build(text: string, year: number, month: number, day: number, time: TimeParts | null): DateText {
  if (year < 1900 || year > 2200) return invalid(text, `year ${year} is out of range`);
  if (month < 1 || month > 12) return invalid(text, `month ${month} does not exist`);
  if (day < 1 || day > daysIn(year, month)) return invalid(text, `day ${day} does not exist in that month`);
  const t = time ?? { hour: 0, minute: 0, second: 0, millisecond: 0, offset: 0 };
  const ms = Date.UTC(year, month - 1, day, t.hour, t.minute, t.second, t.millisecond) - t.offset * 60_000;
  return { kind: 'instant', date: new Date(ms), dateOnly: time === null };
}

function fourDigitYear(text: string, year: string): number | DateText {
  if (year.length !== 4) return invalid(text, 'two-digit years are ambiguous');
  return Number(year);
}

/** Reads one date or date-time. Day/month order of all-numeric dates is left to the caller when both parts are 12 or less. */
export function parseDateText(raw: string): DateText {
  const text = raw.trim();
  if (NEVER.has(text.toLowerCase())) return { kind: 'never' };

  if (/^\d{10}$/.test(text) || /^\d{9}$/.test(text)) return { kind: 'instant', date: new Date(Number(text) * 1000), dateOnly: false };
  if (/^\d{13}$/.test(text)) return { kind: 'instant', date: new Date(Number(text)), dateOnly: false };
  if (/^\d{5}(?:\.\d+)?$/.test(text))
    return invalid(text, 'this looks like a spreadsheet serial day number; format the column as a date before exporting');

  const match = (re: RegExp): RegExpExecArray | null => re.exec(text);
  let m: RegExpExecArray | null;
  let timeGroups: (string | undefined)[];

  if ((m = match(ISO)) || (m = match(YMD_SLASH))) {
    timeGroups = m.slice(4, 10);
    const time = parseTime(timeGroups);
    if (typeof time === 'string') return invalid(text, time);
    return build(text, Number(m[1]), Number(m[2]), Number(m[3]), time);
  }
  if ((m = match(DAY_MONTH_NAME))) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month === undefined) return invalid(text, `unknown month ${shown(m[2] ?? '')}`);
    const year = fourDigitYear(text, m[3] ?? '');
    if (typeof year !== 'number') return year;
    const time = parseTime(m.slice(4, 10));
    if (typeof time === 'string') return invalid(text, time);
    return build(text, year, month, Number(m[1]), time);
  }
  if ((m = match(MONTH_NAME_DAY))) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month === undefined) return invalid(text, `unknown month ${shown(m[1] ?? '')}`);
    const year = fourDigitYear(text, m[3] ?? '');
    if (typeof year !== 'number') return year;
    const time = parseTime(m.slice(4, 10));
    if (typeof time === 'string') return invalid(text, time);
    return build(text, year, month, Number(m[2]), time);
  }
  if ((m = match(DOTTED))) {
    const year = fourDigitYear(text, m[3] ?? '');
    if (typeof year !== 'number') return year;
    const time = parseTime(m.slice(4, 10));
    if (typeof time === 'string') return invalid(text, time);
    return build(text, year, Number(m[2]), Number(m[1]), time);
  }
  if ((m = match(NUMERIC))) {
    const year = fourDigitYear(text, m[4] ?? '');
    if (typeof year !== 'number') return year;
    const time = parseTime(m.slice(5, 11));
    if (typeof time === 'string') return invalid(text, time);
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (first > 12 && second > 12) return invalid(text, 'neither part can be a month');
    if (first > 12) return build(text, year, second, first, time);
    if (second > 12 || first === second) return build(text, year, first, second, time);
    return { kind: 'ambiguous', first, second, year, time };
  }
  return invalid(text);
}

/** Settles an ambiguous all-numeric date with the order the rest of the file shows. */
export function settleAmbiguous(
  text: string,
  value: Extract<DateText, { kind: 'ambiguous' }>,
  order: 'month-first' | 'day-first',
): DateText {
  return order === 'month-first'
    ? build(text, value.year, value.first, value.second, value.time)
    : build(text, value.year, value.second, value.first, value.time);
}

/** Which order an unambiguous all-numeric date proves ("12/14/2023" is month-first), or null. */
export function numericOrder(raw: string): 'month-first' | 'day-first' | null {
  const m = NUMERIC.exec(raw.trim());
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  if (first > 12 && second <= 12) return 'day-first';
  if (second > 12 && first <= 12) return 'month-first';
  return null;
}

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function toIsoDateTime(date: Date): string {
  return date.toISOString();
}
