/** One field an audit event changed, as text: `before` or `after` is null when the field was not there. */
export interface AuditChange {
  /** Dotted path into the recorded value ("role", "owner.email"); empty when the value is not an object. */
  field: string;
  before: string | null;
  after: string | null;
}

/** Keys whose values are never shown, in the page or in an export, whatever event carries them. */
const SECRET_KEY = /password|secret|token|apikey|api_key|privatekey|private_key|credential/i;
export const REDACTED = '(hidden)';

/**
 * What an event changed, field by field: every leaf of the recorded before and after values (canonical
 * JSON) whose text differs. A list of named objects gives one field per name ("seats[Seat].capacity");
 * other lists are one field each, written as JSON. Values under secret-looking
 * keys are replaced by "(hidden)".
 */
export function auditChanges(before: string | null, after: string | null): AuditChange[] {
  const old = flatten(parse(before));
  const now = flatten(parse(after));
  const fields = [...new Set([...old.keys(), ...now.keys()])].sort();
  const changes: AuditChange[] = [];
  for (const field of fields) {
    const was = old.get(field) ?? null;
    const is = now.get(field) ?? null;
    if (was !== is) changes.push({ field, before: was, after: is });
  }
  return changes;
}

/** "role: auditor → admin; note: (none) → left the company". */
export function formatAuditChanges(changes: readonly AuditChange[]): string {
  return changes
    .map((change) => `${change.field ? `${change.field}: ` : ''}${change.before ?? '(none)'} → ${change.after ?? '(none)'}`)
    .join('; ');
}

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function flatten(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (value === undefined || value === null) return into;
  if (Array.isArray(value) && value.length > 0 && value.every(namedItem)) {
    // A list of named things (seat types, roles): one field per thing, so one changed capacity reads as that.
    for (const item of value) flatten(item, `${path}[${item.name}]`, into);
    return into;
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (SECRET_KEY.test(key) && child !== null && child !== undefined) into.set(childPath, REDACTED);
      else flatten(child, childPath, into);
    }
    return into;
  }
  into.set(path, typeof value === 'string' ? value : JSON.stringify(value));
  return into;
}

function namedItem(item: unknown): item is { name: string } {
  return typeof item === 'object' && item !== null && !Array.isArray(item) && 'name' in item && typeof item.name === 'string';
}
