/** Counters kept as evidence (words generated, imports, meetings): plain numbers, optional thousands separators. */
import { fail, ok, shown, type Parsed } from './result.js';

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseCounter(text: string): Parsed<number> {
  const value = text.trim();
  if (PLAIN.test(value)) return ok(Number(value));
  if (GROUPED.test(value)) return ok(Number(value.replace(/,/g, '')));
  return fail(`expected a number, found ${shown(text)}`);
}
