/** Finds values that must be unique in an import (employee ids, work emails, record ids) and names both places. */
import type { InputLocation } from '../errors.js';
import type { Problems } from './problems.js';
import { shown } from './result.js';

function place(first: InputLocation, current: InputLocation): string {
  const inFile = first.file === current.file ? '' : `${first.file} `;
  if (first.line !== undefined) return `${inFile}line ${first.line}`;
  if (first.record !== undefined) return `${inFile}record ${first.record}`;
  return first.file;
}

export class UniqueCheck {
  private readonly seen = new Map<string, InputLocation>();

  constructor(
    private readonly what: string,
    private readonly problems: Problems,
  ) {}

  /** Records `key` at `where`; reports a duplicate (naming the first place) and returns false when seen before. */
  check(key: string, where: InputLocation, value: string = key): boolean {
    const first = this.seen.get(key);
    if (first) {
      this.problems.add(where, `duplicate ${this.what} ${shown(value)}: also at ${place(first, where)}`);
      return false;
    }
    this.seen.set(key, {
      file: where.file,
      ...(where.line !== undefined ? { line: where.line } : {}),
      ...(where.record !== undefined ? { record: where.record } : {}),
    });
    return true;
  }
}
