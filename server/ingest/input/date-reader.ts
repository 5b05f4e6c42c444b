/**
 * Reads the date cells of one import. All-numeric dates like 03/04/2023 are held until the end:
 * when another date in the input shows the order (a day above 12), they are settled with it;
 * otherwise each is reported as ambiguous with the formats accepted.
 */
import type { InputLocation } from '../errors.js';
import { DATE_FORMATS, numericOrder, parseDateText, settleAmbiguous, toIsoDate, toIsoDateTime, type DateText } from './dates.js';
import type { Problems } from './problems.js';
import { shown } from './result.js';

export type DateMode = 'date' | 'datetime';
type Order = 'month-first' | 'day-first';

interface Pending {
  text: string;
  value: Extract<DateText, { kind: 'ambiguous' }>;
  where: InputLocation;
  mode: DateMode;
  assign: (value: string) => void;
}

function format(date: Date, mode: DateMode): string {
  return mode === 'date' ? toIsoDate(date) : toIsoDateTime(date);
}

export class DateReader {
  private readonly proof = new Map<Order, { text: string; where: InputLocation }>();
  private readonly pending: Pending[] = [];

  constructor(private readonly problems: Problems) {}

  /** Reads `text` (null: blank) and calls `assign` with the ISO value, now or at finish(); "never" and blank assign nothing. */
  read(text: string | null, where: InputLocation, mode: DateMode, assign: (value: string) => void): void {
    if (text === null) return;
    const value = parseDateText(text);
    switch (value.kind) {
      case 'never':
        return;
      case 'invalid':
        this.problems.add(where, value.message);
        return;
      case 'ambiguous':
        this.pending.push({ text, value, where, mode, assign });
        return;
      case 'instant': {
        const order = numericOrder(text);
        if (order && !this.proof.has(order)) this.proof.set(order, { text, where });
        assign(format(value.date, mode));
      }
    }
  }

  /** Settles or reports the ambiguous dates. Call once, after the last row. */
  finish(): void {
    const monthFirst = this.proof.get('month-first');
    const dayFirst = this.proof.get('day-first');
    if (monthFirst && dayFirst) {
      this.problems.add(
        dayFirst.where,
        `date ${shown(dayFirst.text)} is day-first but ${describe(monthFirst.where)} has ${shown(monthFirst.text)} (month-first); use one order throughout, preferably YYYY-MM-DD`,
      );
    }
    const order: Order | undefined = monthFirst && !dayFirst ? 'month-first' : dayFirst && !monthFirst ? 'day-first' : undefined;
    for (const item of this.pending) {
      if (!order) {
        this.problems.add(
          item.where,
          `ambiguous date ${shown(item.text)}: it could be ${item.value.first}/${item.value.second} as month/day or day/month, and no date in the file has a day above 12 to tell; accepted formats: ${DATE_FORMATS}`,
        );
        continue;
      }
      const settled = settleAmbiguous(item.text, item.value, order);
      if (settled.kind === 'instant') item.assign(format(settled.date, item.mode));
      else if (settled.kind === 'invalid') this.problems.add(item.where, settled.message);
    }
    this.pending.length = 0;
  }
}

function describe(where: InputLocation): string {
  return [where.file, where.line !== undefined ? `line ${where.line}` : undefined].filter(Boolean).join(' ');
}
