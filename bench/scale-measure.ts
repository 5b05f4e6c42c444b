import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A line on stderr while a long run goes on; the tables on stdout are the results. */
export function progress(line: string): void {
  process.stderr.write(`  … ${line}\n`);
}

/** Peak RSS of this process so far, in MB. */
export function nodePeakMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Peak RSS of another process so far (VmHWM), in MB; null when it cannot be read (ended, or not Linux). */
export function processPeakMb(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Disk space a folder takes (du), in MB; null when du fails. */
export function folderMb(dir: string): number | null {
  const du = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
  const kb = du.status === 0 ? Number(du.stdout.split('\t')[0]) : Number.NaN;
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/** Time spent per transaction purpose (Graph.observeTransactions) since it was last taken. */
export class TransactionTally {
  private spent = new Map<string, { ms: number; count: number }>();

  readonly observe = (purpose: string, ms: number): void => {
    const sum = this.spent.get(purpose) ?? { ms: 0, count: 0 };
    this.spent.set(purpose, { ms: sum.ms + ms, count: sum.count + 1 });
  };

  /** The purposes that took the most time since the last take, heaviest first; starts counting afresh. */
  take(top: number): { purpose: string; ms: number; count: number }[] {
    const taken = [...this.spent].map(([purpose, sum]) => ({ purpose, ...sum }));
    this.spent = new Map();
    return taken.sort((a, b) => b.ms - a.ms).slice(0, top);
  }
}

/** Phases at least this long print where their database time went. */
const BREAKDOWN_FROM_MS = 10_000;

export interface PhaseRow {
  phase: string;
  ms: number;
  /** Rows read, for imports. */
  rows: number | null;
  nodeMb: number;
  jvmMb: number | null;
  storeMb: number | null;
  error: string | null;
}

/** Times phases and keeps what each ended with: this process's and the JVM's peak RSS so far, and the store size. */
export class PhaseLog {
  readonly rows: PhaseRow[] = [];

  constructor(
    private readonly jvmPid: number,
    private readonly storeDir: string,
    private readonly tally?: TransactionTally,
  ) {}

  /** Runs one phase; a failure is kept (and printed with the table) instead of ending the bench. `rowsOf`: the rows it read. */
  async time<T>(phase: string, work: () => Promise<T>, rowsOf?: (result: T) => number): Promise<T | null> {
    this.tally?.take(0);
    const started = performance.now();
    let result: T | null = null;
    let error: string | null = null;
    try {
      result = await work();
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
      console.log(`  ${phase} FAILED after ${((performance.now() - started) / 1000).toFixed(1)} s: ${error}`);
    }
    const ms = performance.now() - started;
    this.add(phase, ms, result !== null && rowsOf ? rowsOf(result) : null, error);
    if (this.tally && ms >= BREAKDOWN_FROM_MS) {
      for (const spent of this.tally.take(6))
        console.log(
          `  ${phase} › ${spent.purpose}: ${(spent.ms / 1000).toFixed(1)} s in ${spent.count} transaction${spent.count === 1 ? '' : 's'}`,
        );
    }
    return result;
  }

  /** Adds a measured phase; the peaks and the store size are read now unless given. */
  add(phase: string, ms: number, rows: number | null, error: string | null = null, readings = this.read()): void {
    this.rows.push({ phase, ms, rows, ...readings, error });
    progress(`${phase}: ${(ms / 1000).toFixed(1)} s`);
  }

  /** The peaks so far and the store size now. */
  read(): Pick<PhaseRow, 'nodeMb' | 'jvmMb' | 'storeMb'> {
    return { nodeMb: nodePeakMb(), jvmMb: processPeakMb(this.jvmPid), storeMb: folderMb(this.storeDir) };
  }

  totalMs(): number {
    return this.rows.reduce((sum, row) => sum + row.ms, 0);
  }

  failed(): boolean {
    return this.rows.some((row) => row.error !== null);
  }

  print(): void {
    const mb = (value: number | null) => (value === null ? '?' : value.toFixed(0)).padStart(9);
    console.log(
      `${'phase'.padEnd(22)} ${'seconds'.padStart(8)} ${'rows'.padStart(9)} ${'rows/s'.padStart(8)} ${'node MB'.padStart(9)} ${'JVM MB'.padStart(9)} ${'store MB'.padStart(9)}`,
    );
    for (const row of this.rows) {
      const rate = row.rows === null ? '' : String(Math.round(row.rows / Math.max(row.ms / 1000, 0.001)));
      console.log(
        `${row.phase.padEnd(22)} ${(row.ms / 1000).toFixed(1).padStart(8)} ${(row.rows === null ? '' : String(row.rows)).padStart(9)} ${rate.padStart(8)} ${mb(row.nodeMb)} ${mb(row.jvmMb)} ${mb(row.storeMb)}${row.error ? '  FAILED' : ''}`,
      );
    }
    console.log(`${'total'.padEnd(22)} ${(this.totalMs() / 1000).toFixed(1).padStart(8)}`);
  }
}
