/** Where in the input a problem is: file, then line (CSV) or record index / JSON path, then field. */
export interface InputLocation {
  file: string;
  line?: number;
  record?: number | string;
  field?: string;
}

export interface InputProblem extends InputLocation {
  /** What was wrong and what was expected, e.g. 'expected an email address, got "bob at acme"'. */
  message: string;
}

/**
 * A bad input. Lists every problem found (up to a cap) so a user fixes the file once, each with
 * the file, line or record, and field.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(readonly problems: InputProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export function formatProblem(problem: InputProblem): string {
  const where = [
    problem.file,
    problem.line !== undefined ? `line ${problem.line}` : undefined,
    problem.record !== undefined ? `record ${problem.record}` : undefined,
    problem.field ? `field "${problem.field}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** Collects problems while parsing; throws once at the end so one run reports them all. */
export class ProblemCollector {
  readonly problems: InputProblem[] = [];
  constructor(private readonly cap = 50) {}

  add(problem: InputProblem): void {
    if (this.problems.length < this.cap) this.problems.push(problem);
  }

  get count(): number {
    return this.problems.length;
  }

  throwIfAny(): void {
    if (this.problems.length) throw new ImportError(this.problems);
  }
}
