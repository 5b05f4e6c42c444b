import { describe, expect, it } from 'vitest';
import { withReadAhead } from '../../server/shared/read-ahead.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('withReadAhead', () => {
  it('uses every item in order with its own read, reading the next while the current one is used', async () => {
    const events: string[] = [];
    await withReadAhead(
      ['a', 'b', 'c'],
      async (item) => {
        events.push(`read ${item}`);
        await Promise.resolve();
        return item.toUpperCase();
      },
      async (item, value) => {
        events.push(`use ${item}=${value}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`used ${item}`);
      },
    );
    expect(events).toEqual(['read a', 'read b', 'use a=A', 'used a', 'read c', 'use b=B', 'used b', 'use c=C', 'used c']);
  });

  it('never has more than one read ahead of the item in use', async () => {
    let reading = 0;
    let most = 0;
    await withReadAhead(
      [1, 2, 3, 4, 5],
      async (item) => {
        reading++;
        most = Math.max(most, reading);
        await new Promise((resolve) => setTimeout(resolve, 1));
        return item;
      },
      async () => {
        reading--;
        await new Promise((resolve) => setTimeout(resolve, 3));
      },
    );
    expect(most).toBe(2);
  });

  it("throws a failed read on its item's turn, after the items before it were used", async () => {
    const used: number[] = [];
    const second = deferred<number>();
    const run = withReadAhead(
      [1, 2, 3],
      (item) => (item === 2 ? second.promise : Promise.resolve(item)),
      async (item) => {
        used.push(item);
        if (item === 1) second.reject(new Error('read 2 failed'));
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    );
    await expect(run).rejects.toThrow('read 2 failed');
    expect(used).toEqual([1]);
  });

  it('passes on the error of use and does nothing more', async () => {
    const reads: number[] = [];
    const run = withReadAhead(
      [1, 2, 3],
      (item) => {
        reads.push(item);
        return Promise.resolve(item);
      },
      (item) => (item === 1 ? Promise.reject(new Error('write 1 failed')) : Promise.resolve()),
    );
    await expect(run).rejects.toThrow('write 1 failed');
    expect(reads).toEqual([1, 2]);
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await withReadAhead(
      [],
      () => {
        calls++;
        return Promise.resolve();
      },
      () => {
        calls++;
        return Promise.resolve();
      },
    );
    expect(calls).toBe(0);
  });
});
