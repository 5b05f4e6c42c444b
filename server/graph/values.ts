import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, type Integer } from 'neo4j-driver';

/** A plain JS value as the API and CLI use it: Integers become numbers, temporals ISO strings. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export function toNumber(value: Integer | number): number {
  if (typeof value === 'number') return value;
  if (!value.inSafeRange()) throw new RangeError(`Integer ${value.toString()} is outside the safe JS number range`);
  return value.toNumber();
}

/** Converts a value returned by the driver into plain JSON-safe data. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return toNumber(value);
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isDate(value) || isDuration(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if ('properties' in value && 'labels' in value) return toPlain((value as { properties: unknown }).properties);
    const out: { [key: string]: Plain } = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toPlain(inner);
    return out;
  }
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  // A bigint comes only with the driver's useBigInt, which Attest does not set; as text it stays exact.
  if (typeof value === 'bigint') return value.toString();
  // Symbols and functions are not Cypher values.
  throw new TypeError(`the driver returned a ${typeof value} value, which has no plain form`);
}

/** SKIP / LIMIT must be Integers in Cypher; cap them so no caller can ask for everything. */
export function limitParam(value: number, max: number): Integer {
  return neo4j.int(Math.max(0, Math.min(Math.floor(value), max)));
}
