/** What a value parser returns: the value, or what was wrong with the text (never throws). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}

/** A value as shown in messages: quoted, shortened when long. */
export function shown(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** What a JSON value is, for "expected X, found Y" messages. */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing (field missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.trim() === '' ? 'an empty string' : `string ${shown(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
