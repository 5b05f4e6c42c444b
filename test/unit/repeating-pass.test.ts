import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatPass } from '../../server/shared/repeating-pass.js';

describe('a pass that repeats on a timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once and then every interval, never two at a time, and goes on after a failure', async () => {
    let started = 0;
    let finish: () => void = () => undefined;
    const errors: string[] = [];
    const stop = repeatPass(
      () => {
        started++;
        if (started === 2) return Promise.reject(new Error('database away'));
        return new Promise<void>((resolve) => (finish = resolve));
      },
      1000,
      (message) => errors.push(message),
    );
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(started).toBe(1); // the first pass is still running: its ticks are skipped
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(2);
    expect(errors).toEqual(['database away']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(3);
    stop();
    finish();
    await vi.advanceTimersByTimeAsync(5000);
    expect(started).toBe(3);
  });

  it('can wait for its first interval', async () => {
    let started = 0;
    const stop = repeatPass(
      () => Promise.resolve(void started++),
      1000,
      () => undefined,
      false,
    );
    expect(started).toBe(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toBe(1);
    stop();
  });
});
