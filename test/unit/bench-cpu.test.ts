import { describe, expect, it } from 'vitest';
import { cpuBetween, machineBusySeconds, statCpuSeconds } from '../../bench/scale-measure.js';

describe('bench:scale CPU seconds', () => {
  it("reads a process's user and system time after its name, even one with spaces and parentheses", () => {
    // proc(5): pid (comm) state ppid … utime (14th) stime (15th), in clock ticks.
    const stat = '4242 (java (neo4j) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 566 0 0 20 0 80 0 900 0 0';
    expect(statCpuSeconds(stat, 100)).toBe(18);
  });

  it("counts the machine's busy time without idle and I/O wait", () => {
    const procStat = 'cpu  1000 50 200 90000 3000 10 20 5 0 0\ncpu0 500 25 100 45000 1500 5 10 2 0 0\n';
    expect(machineBusySeconds(procStat, 100)).toBeCloseTo(12.85, 5);
    expect(machineBusySeconds('intr 1 2 3', 100)).toBeNull();
  });

  it('puts what neither the JVM nor this process took on the other processes', () => {
    const use = cpuBetween({ jvm: 10, node: 2, machine: 100 }, { jvm: 40, node: 7, machine: 150 });
    expect(use).toEqual({ jvm: 30, node: 5, others: 15 });
    expect(cpuBetween({ jvm: null, node: 0, machine: 1 }, { jvm: null, node: 1, machine: 2 }).others).toBeNull();
  });
});
