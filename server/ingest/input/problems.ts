/**
 * Problems found while reading one import: collected (capped) so one run reports them all, with a
 * single problem per field that is missing from many records, then thrown once as an ImportError.
 */
import { ImportError, ProblemCollector, type InputLocation, type InputProblem } from '../errors.js';

interface MissingField {
  problem: InputProblem;
  base: string;
  more: number;
}

export class Problems {
  private readonly collector: ProblemCollector;
  private readonly missing = new Map<string, MissingField>();
  private dropped = 0;
  private lastFile = '';

  constructor(private readonly cap = 50) {
    this.collector = new ProblemCollector(cap);
  }

  add(where: InputLocation, message: string): void {
    this.lastFile = where.file;
    if (this.collector.count >= this.cap) {
      this.dropped += 1;
      return;
    }
    this.collector.add({ ...where, message });
  }

  addAll(problems: readonly InputProblem[]): void {
    for (const { message, ...where } of problems) this.add(where, message);
  }

  /** A required field missing from a record: reported once per file and field, with a count of the others. */
  missingField(where: InputLocation, field: string, message: string): void {
    const key = `${where.file}\u0000${field}`;
    const seen = this.missing.get(key);
    if (seen) {
      seen.more += 1;
      return;
    }
    const before = this.collector.count;
    this.add({ ...where, field }, message);
    const problem = this.collector.problems[before];
    if (this.collector.count > before && problem) this.missing.set(key, { problem, base: message, more: 0 });
  }

  get count(): number {
    return this.collector.count + this.dropped;
  }

  throwIfAny(): void {
    for (const seen of this.missing.values()) {
      if (seen.more > 0) seen.problem.message = `${seen.base} (and in ${seen.more} more record${seen.more === 1 ? '' : 's'} of this file)`;
    }
    if (this.collector.count === 0) return;
    if (this.dropped === 0) this.collector.throwIfAny();
    throw new ImportError([
      ...this.collector.problems,
      {
        file: this.lastFile,
        message: `${this.dropped} more problem${this.dropped === 1 ? '' : 's'} not shown; fix the ones above and import again`,
      },
    ]);
  }
}

/** Stops reading at once: for problems that make everything after them noise (wrong kind, unreadable file). */
export function fatal(where: InputLocation, message: string): never {
  throw new ImportError([{ ...where, message }]);
}

/** Runs a reader step; an ImportError it throws becomes collected problems (the caller goes on with other files). */
export async function collecting<T>(problems: Problems, step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ImportError) {
      problems.addAll(error.problems);
      return undefined;
    }
    throw error;
  }
}
