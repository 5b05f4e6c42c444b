/** Yes/no values as exports write them: true/false, yes/no, 1/0 (any case). */
import { fail, ok, shown, type Parsed } from './result.js';

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

export function parseBoolean(text: string): Parsed<boolean> {
  const word = text.trim().toLowerCase();
  if (TRUE.has(word)) return ok(true);
  if (FALSE.has(word)) return ok(false);
  return fail(`expected true/false, yes/no or 1/0, found ${shown(text)}`);
}
