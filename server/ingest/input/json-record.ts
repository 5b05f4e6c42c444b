/**
 * Typed, located access to one JSON record's fields: each getter reports a problem naming the file,
 * record and field (and what was expected vs found) and returns a fallback, so reading goes on and
 * every problem is reported in one run.
 */
import type { InputLocation } from '../errors.js';
import { parseBoolean } from './booleans.js';
import { DATE_FORMATS, parseDateText, toIsoDateTime } from './dates.js';
import { parseEmail } from './email.js';
import type { Problems } from './problems.js';
import { describeFound, shown } from './result.js';

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path; a numeric segment indexes an array ("product_access.0.key"). */
export function valueAt(data: unknown, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split('.')) {
    if (Array.isArray(current) && /^\d+$/.test(key)) current = current[Number(key)];
    else if (isJsonObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

interface Options {
  required?: boolean;
}

export class RecordReader {
  private label: number | string;

  constructor(
    readonly data: JsonObject,
    readonly file: string,
    readonly index: number,
    readonly problems: Problems,
  ) {
    this.label = index;
  }

  /** Names the record by its id in later messages: "record 3 (id 00u1abc)". */
  identify(id: string | null): void {
    if (id) this.label = `${this.index} (id ${id})`;
  }

  where(field?: string): InputLocation {
    return { file: this.file, record: this.label, ...(field ? { field } : {}) };
  }

  get(path: string): unknown {
    return valueAt(this.data, path);
  }

  /** Present and not null. */
  has(path: string): boolean {
    const value = this.get(path);
    return value !== undefined && value !== null;
  }

  problem(field: string, message: string): void {
    this.problems.add(this.where(field), message);
  }

  private missing(path: string, expected: string): void {
    this.problems.missingField(this.where(), path, `required field missing: expected ${expected}`);
  }

  /** A string field (numbers accepted and converted when `numbers` is set, e.g. GitHub ids). Blank is null. */
  string(path: string, options: Options & { numbers?: boolean } = {}): string | null {
    const value = this.get(path);
    if (value === undefined || value === null) {
      if (options.required) this.missing(path, 'a string');
      return null;
    }
    if (typeof value === 'number' && options.numbers) return String(value);
    if (typeof value !== 'string') {
      this.problem(path, `expected a string, found ${describeFound(value)}`);
      return null;
    }
    const text = value.trim();
    if (text === '') {
      if (options.required) this.problem(path, 'expected a value, found an empty string');
      return null;
    }
    return text;
  }

  requiredString(path: string, options: { numbers?: boolean } = {}): string {
    return this.string(path, { ...options, required: true }) ?? '';
  }

  boolean(path: string, options: Options = {}): boolean | null {
    const value = this.get(path);
    if (value === undefined || value === null) {
      if (options.required) this.missing(path, 'true or false');
      return null;
    }
    if (typeof value === 'boolean') return value;
    if (typeof value === 'string' || typeof value === 'number') {
      const parsed = parseBoolean(String(value));
      if (parsed.ok) return parsed.value;
    }
    this.problem(path, `expected true or false, found ${describeFound(value)}`);
    return null;
  }

  email(path: string, options: Options = {}): string | null {
    const text = this.string(path, options);
    if (text === null) return null;
    const parsed = parseEmail(text);
    if (parsed.ok) return parsed.value;
    this.problem(path, parsed.message);
    return null;
  }

  /** An ISO date-time (or any accepted date format) as a UTC ISO string; `never` marks vendor "never" values. */
  dateTime(path: string, options: Options & { never?: (text: string) => boolean } = {}): string | null {
    const text = this.string(path, options);
    if (text === null || options.never?.(text)) return null;
    const parsed = parseDateText(text);
    switch (parsed.kind) {
      case 'instant':
        return toIsoDateTime(parsed.date);
      case 'never':
        return null;
      case 'ambiguous':
        this.problem(path, `ambiguous date ${shown(text)} (month/day or day/month?); accepted formats: ${DATE_FORMATS}`);
        return null;
      case 'invalid':
        this.problem(path, parsed.message);
        return null;
    }
  }

  /** Epoch seconds (Slack `updated`) as a UTC ISO string; 0 is null. */
  epochSeconds(path: string): string | null {
    const value = this.get(path);
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      this.problem(path, `expected epoch seconds (a number), found ${describeFound(value)}`);
      return null;
    }
    if (value === 0) return null;
    if (value > 1e11) {
      this.problem(path, `expected epoch seconds, found ${value} (milliseconds?)`);
      return null;
    }
    return new Date(value * 1000).toISOString();
  }

  /** One of `allowed` (compared case-insensitively when `anyCase`); returns the allowed spelling. */
  oneOf<T extends string>(path: string, allowed: readonly T[], options: Options & { anyCase?: boolean } = {}): T | null {
    const text = this.string(path, options);
    if (text === null) return null;
    const found = allowed.find((word) => (options.anyCase ? word.toLowerCase() === text.toLowerCase() : word === text));
    if (found !== undefined) return found;
    this.problem(path, `expected one of ${allowed.join(', ')}; found ${shown(text)}`);
    return null;
  }

  object(path: string, options: Options = {}): JsonObject | null {
    const value = this.get(path);
    if (value === undefined || value === null) {
      if (options.required) this.missing(path, 'an object');
      return null;
    }
    if (!isJsonObject(value)) {
      this.problem(path, `expected an object, found ${describeFound(value)}`);
      return null;
    }
    return value;
  }

  array(path: string, options: Options = {}): unknown[] | null {
    const value = this.get(path);
    if (value === undefined || value === null) {
      if (options.required) this.missing(path, 'an array');
      return null;
    }
    if (!Array.isArray(value)) {
      this.problem(path, `expected an array, found ${describeFound(value)}`);
      return null;
    }
    // Array.isArray narrows to any[]; the elements are as unknown as the value was.
    const elements: unknown[] = value;
    return elements;
  }

  /** An array of strings (e.g. Google token scopes); also accepts one space-separated string. */
  strings(path: string, options: Options = {}): string[] {
    const value = this.get(path);
    if (value === undefined || value === null) {
      if (options.required) this.missing(path, 'an array of strings');
      return [];
    }
    if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
    if (!Array.isArray(value)) {
      this.problem(path, `expected an array of strings, found ${describeFound(value)}`);
      return [];
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === 'string') {
        if (item.trim()) out.push(item.trim());
      } else this.problem(`${path}[${i}]`, `expected a string, found ${describeFound(item)}`);
    });
    return out;
  }
}
