/** Judges a CSV header for a kind: another kind's export, or required columns missing. */
import type { ImportKind } from '../model.js';
import { otherCsvKind } from './detect.js';
import { missingColumnMessage, type ColumnSpec, type ResolvedColumns } from './headers.js';
import type { Problems } from './problems.js';

/**
 * True when the header has every required column. Otherwise adds one clear problem: "this looks
 * like X, not Y" when the header fits another kind, else one per missing column, naming the
 * columns found.
 */
export function headerFits(
  kind: ImportKind,
  columns: ResolvedColumns,
  required: readonly ColumnSpec[],
  where: { file: string; line: number },
  problems: Problems,
): boolean {
  const missing = required.filter((spec) => !columns.index.has(spec.field));
  if (missing.length === 0) return true;
  const other = otherCsvKind(kind, columns.header);
  if (other) {
    problems.add(
      where,
      `this looks like ${other.label} (kind ${other.kind}), not ${kind}: the header lacks ${missing.map((spec) => `"${spec.label}"`).join(', ')}`,
    );
    return false;
  }
  for (const spec of missing) problems.add({ ...where, field: spec.label }, missingColumnMessage(spec, columns.header));
  return false;
}
