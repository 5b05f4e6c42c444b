/**
 * Matches a CSV header row to the fields a kind reads: case, spaces, underscores and punctuation do
 * not matter ("Email_-_Work" = "email work"), each field has synonyms in priority order, and a
 * `--mapping field=Column` override wins.
 */
import type { InputLocation } from '../errors.js';
import type { Problems } from './problems.js';

export interface ColumnSpec {
  /** Our field name, as used in --mapping. */
  field: string;
  /** How the column is named in messages. */
  label: string;
  /** Header names that mean this field, best first (the field name itself is accepted last). */
  synonyms: readonly string[];
}

export interface ResolvedColumns {
  header: string[];
  /** field -> column index */
  index: Map<string, number>;
  /** Indexes of columns no field uses. */
  unused: number[];
}

/** "Legal_Name_-_First_Name" -> "legalnamefirstname"; "Employee #" -> "employee#". */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#]/gu, '');
}

export function listColumns(header: readonly string[]): string {
  const shownColumns = header.map((name) => JSON.stringify(name));
  return shownColumns.length > 40 ? `${shownColumns.slice(0, 40).join(', ')}, … (${shownColumns.length} in all)` : shownColumns.join(', ');
}

/**
 * Resolves every spec against the header. Mapping problems (unknown field, column not in the file)
 * and duplicated column names are added to `problems`; missing columns are the caller's to judge.
 */
export function resolveColumns(
  header: readonly string[],
  specs: readonly ColumnSpec[],
  mapping: Record<string, string> | undefined,
  where: InputLocation,
  problems: Problems,
): ResolvedColumns {
  const normalized = header.map(normalizeHeader);
  const index = new Map<string, number>();
  const taken = new Set<number>();
  const fields = new Set(specs.map((spec) => spec.field));

  for (const [field, column] of Object.entries(mapping ?? {})) {
    if (!fields.has(field)) {
      problems.add({ ...where, field: field }, `--mapping names an unknown field "${field}"; fields: ${[...fields].join(', ')}`);
      continue;
    }
    const at = normalized.indexOf(normalizeHeader(column));
    if (at === -1) {
      problems.add(
        { ...where, field },
        `--mapping ${field}=${JSON.stringify(column)}: no such column; columns found: ${listColumns(header)}`,
      );
      continue;
    }
    index.set(field, at);
    taken.add(at);
  }

  for (const spec of specs) {
    if (index.has(spec.field)) continue;
    for (const synonym of [...spec.synonyms, spec.field]) {
      const wanted = normalizeHeader(synonym);
      const at = normalized.findIndex((name, i) => name === wanted && !taken.has(i));
      if (at !== -1) {
        index.set(spec.field, at);
        taken.add(at);
        break;
      }
    }
  }

  for (const [field, at] of index) {
    const twin = normalized.findIndex((name, i) => i !== at && name === normalized[at] && !taken.has(i));
    if (twin !== -1) {
      problems.add(
        { ...where, field },
        `column ${JSON.stringify(header[at])} appears twice (columns ${at + 1} and ${twin + 1}); rename one, or pick one with --mapping ${field}=<column>`,
      );
    }
  }

  const unused = header.map((_, i) => i).filter((i) => !taken.has(i));
  return { header: [...header], index, unused };
}

/** "missing required column" problem for `spec`, listing what would be accepted and what the file has. */
export function missingColumnMessage(spec: ColumnSpec, header: readonly string[]): string {
  const accepted = [spec.label, ...spec.synonyms.filter((s) => normalizeHeader(s) !== normalizeHeader(spec.label))].slice(0, 8);
  return `missing required column "${spec.label}" (accepted names: ${accepted.map((s) => JSON.stringify(s)).join(', ')}; or map one with --mapping ${spec.field}=<column>); columns found: ${listColumns(header)}`;
}
