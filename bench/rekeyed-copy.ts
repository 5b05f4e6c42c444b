/**
 * For the all-or-nothing check: a copy of an export in which every record is new, so the importer
 * has the whole listing to stage (an import that changes nothing writes almost nothing, and a kill
 * would test nothing). Identifiers and email addresses get one prefix everywhere they appear, so
 * references between rows (a supervisor's email, say) still hold.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readFileSync, writeFileSync } from 'node:fs';

const EMAIL_COLUMN = /e-?mail|^mail$/i;
const ID_COLUMN = /(^|\s)(id|#|no\.?|number)$|^(user ?name|login|handle|employee)/i;

/** Writes `target`: the CSV `source` with every identifier and email re-keyed; returns the columns it re-keyed. */
export function writeRekeyedCopy(source: string, target: string, prefix = 'k'): string[] {
  const [header, ...rows] = parse(readFileSync(source, 'utf8'), { relaxColumnCount: true });
  if (!header) throw new Error(`${source}: empty`);
  const emails = header.flatMap((name, i) => (EMAIL_COLUMN.test(name.trim()) ? [i] : []));
  const ids = header.flatMap((name, i) => (!emails.includes(i) && ID_COLUMN.test(name.trim()) ? [i] : []));
  if (!emails.length && !ids.length) throw new Error(`${source}: no identifier or email column to re-key`);
  for (const row of rows) {
    for (const i of emails) row[i] = (row[i] ?? '').replace(/([^\s;,|<>"]+)@/g, `${prefix}.$1@`);
    for (const i of ids) if (row[i]) row[i] = `${prefix.toUpperCase()}-${row[i]}`;
  }
  writeFileSync(target, stringify([header, ...rows]));
  return [...emails, ...ids].map((i) => header[i] ?? String(i));
}
