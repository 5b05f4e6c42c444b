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

/** Clock ticks per second of /proc's CPU times (getconf CLK_TCK; 100 on Linux unless configured otherwise). */
const TICKS_PER_SECOND = (() => {
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout);
  return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
})();

/**
 * User plus system CPU seconds of a process from a /proc/PID/stat line: fields 14 and 15, counted
 * after the command name's closing parenthesis (the name may hold spaces and parentheses).
 */
export function statCpuSeconds(stat: string, ticksPerSecond = TICKS_PER_SECOND): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? (utime + stime) / ticksPerSecond : null;
}

/** CPU seconds every core has spent busy (not idle, not waiting for I/O), from /proc/stat's first line. */
export function machineBusySeconds(procStat: string, ticksPerSecond = TICKS_PER_SECOND): number | null {
  const line = procStat.split('\n')[0] ?? '';
  if (!line.startsWith('cpu ')) return null;
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks;
  return (user + nice + system + irq + softirq + steal) / ticksPerSecond;
}

/** CPU seconds so far: the JVM's, this process's and the whole machine's busy time. */
export interface CpuReading {
  jvm: number | null;
  node: number;
  machine: number | null;
}

/** CPU seconds one stretch took: the JVM, this process, and every other process on the machine together. */
export interface CpuUse {
  jvm: number | null;
  node: number;
  others: number | null;
}

export function readCpu(jvmPid: number): CpuReading {
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  const jvmStat = read(`/proc/${jvmPid}/stat`);
  const procStat = read('/proc/stat');
  const { user, system } = process.cpuUsage();
  return {
    jvm: jvmStat === null ? null : statCpuSeconds(jvmStat),
    node: (user + system) / 1e6,
    machine: procStat === null ? null : machineBusySeconds(procStat),
  };
}

/** What was spent between two readings; `others` is what neither the JVM nor this process took (a quiet machine: near 0). */
export function cpuBetween(from: CpuReading, to: CpuReading): CpuUse {
  const jvm = from.jvm === null || to.jvm === null ? null : to.jvm - from.jvm;
  const node = to.node - from.node;
  const machine = from.machine === null || to.machine === null ? null : to.machine - from.machine;
  return { jvm, node, others: machine === null || jvm === null ? null : Math.max(0, machine - jvm - node) };
}

/** Sums CPU uses (imports of one kind). */
export function addCpu(a: CpuUse, b: CpuUse): CpuUse {
  const plus = (x: number | null, y: number | null) => (x === null || y === null ? null : x + y);
  return { jvm: plus(a.jvm, b.jvm), node: a.node + b.node, others: plus(a.others, b.others) };
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
  /** CPU seconds the phase took: a slow day shows as time the JVM did not get, or others took. */
  cpu: CpuUse;
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
    const cpuFrom = this.cpu();
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
    this.add(phase, ms, result !== null && rowsOf ? rowsOf(result) : null, cpuBetween(cpuFrom, this.cpu()), error);
    if (this.tally && ms >= BREAKDOWN_FROM_MS) {
      for (const spent of this.tally.take(6))
        console.log(
          `  ${phase} › ${spent.purpose}: ${(spent.ms / 1000).toFixed(1)} s in ${spent.count} transaction${spent.count === 1 ? '' : 's'}`,
        );
    }
    return result;
  }

  /** Adds a measured phase; the peaks and the store size are read now unless given. */
  add(phase: string, ms: number, rows: number | null, cpu: CpuUse, error: string | null = null, readings = this.read()): void {
    this.rows.push({ phase, ms, rows, ...readings, cpu, error });
    progress(`${phase}: ${(ms / 1000).toFixed(1)} s`);
  }

  /** The peaks so far and the store size now. */
  read(): Pick<PhaseRow, 'nodeMb' | 'jvmMb' | 'storeMb'> {
    return { nodeMb: nodePeakMb(), jvmMb: processPeakMb(this.jvmPid), storeMb: folderMb(this.storeDir) };
  }

  /** CPU seconds so far, to measure a stretch with cpuBetween. */
  cpu(): CpuReading {
    return readCpu(this.jvmPid);
  }

  totalCpu(): CpuUse {
    return this.rows.reduce<CpuUse>((sum, row) => addCpu(sum, row.cpu), { jvm: 0, node: 0, others: 0 });
  }

  totalMs(): number {
    return this.rows.reduce((sum, row) => sum + row.ms, 0);
  }

  failed(): boolean {
    return this.rows.some((row) => row.error !== null);
  }

  print(): void {
    const mb = (value: number | null) => (value === null ? '?' : value.toFixed(0)).padStart(9);
    const cpu = ({ jvm, node, others }: CpuUse) =>
      [jvm, node, others].map((value) => (value === null ? '?' : value.toFixed(1)).padStart(9)).join(' ');
    console.log(
      `${'phase'.padEnd(22)} ${'seconds'.padStart(8)} ${'rows'.padStart(9)} ${'rows/s'.padStart(8)} ${'node MB'.padStart(9)} ${'JVM MB'.padStart(9)} ${'store MB'.padStart(9)} ${'JVM cpu'.padStart(9)} ${'node cpu'.padStart(9)} ${'others'.padStart(9)}`,
    );
    for (const row of this.rows) {
      const rate = row.rows === null ? '' : String(Math.round(row.rows / Math.max(row.ms / 1000, 0.001)));
      console.log(
        `${row.phase.padEnd(22)} ${(row.ms / 1000).toFixed(1).padStart(8)} ${(row.rows === null ? '' : String(row.rows)).padStart(9)} ${rate.padStart(8)} ${mb(row.nodeMb)} ${mb(row.jvmMb)} ${mb(row.storeMb)} ${cpu(row.cpu)}${row.error ? '  FAILED' : ''}`,
      );
    }
    console.log(`${'total'.padEnd(22)} ${(this.totalMs() / 1000).toFixed(1).padStart(8)} ${''.padStart(57)} ${cpu(this.totalCpu())}`);
    console.log('(cpu: CPU seconds of the JVM, of this process, and of every other process on the machine meanwhile)');
  }
}
