import { describe, expect, it } from 'vitest';
import { canonicalJson, PopulationHash, populationSha256 } from '../../server/reviews/snapshot.js';

const snapshot = (accountId: string, extra: Record<string, unknown> = {}) =>
  canonicalJson({
    accountId,
    appName: 'Slack',
    roles: [{ name: 'Member', privilege: 'standard' }],
    monthlyCost: 8.75,
    findings: [],
    ...extra,
  });

describe('the population hash worked out a page at a time', () => {
  it('is the hash of the whole population, whatever the pages', () => {
    const ids = ['a-1', 'a-10', 'a-2', 'b-7', 'c-0'];
    const snapshots = ids.map((id, i) =>
      snapshot(id, { email: `user${i}@acme.com`, lastActiveAt: i % 2 ? null : '2026-01-02T00:00:00.000Z' }),
    );
    const whole = populationSha256(snapshots, ids);
    const paged = new PopulationHash();
    [...ids.keys()].sort((x, y) => (ids[x]! < ids[y]! ? -1 : 1)).forEach((i) => paged.add(ids[i]!, snapshots[i]!));
    expect(paged.count).toBe(5);
    expect(paged.digest()).toBe(whole);
  });

  it('refuses snapshots out of account-id order, which would give another hash', () => {
    const paged = new PopulationHash();
    paged.add('b', snapshot('b'));
    expect(() => paged.add('a', snapshot('a'))).toThrow(/out of account-id order/);
    expect(() => paged.add('b', snapshot('b'))).toThrow(/out of account-id order/);
  });

  it('of an empty population is the hash of an empty list', () => {
    expect(new PopulationHash().digest()).toBe(populationSha256([], []));
  });
});
