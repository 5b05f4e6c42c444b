/** Email addresses: trimmed, lower-cased, and checked for the shape name@domain.tld. */
import { fail, ok, shown, type Parsed } from './result.js';

const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

export function parseEmail(text: string): Parsed<string> {
  const value = text.trim().toLowerCase();
  const expected = `expected an email address like name@example.com, found ${shown(text)}`;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return fail(expected);
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local)) return fail(expected);
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels[labels.length - 1] ?? ''))
    return fail(expected);
  return ok(value);
}
