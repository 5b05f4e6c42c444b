import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../server/findings/evaluate.js';
import { contentHash, diffFindings } from '../../server/findings/finding-diff.js';
import { groupBySize } from '../../server/findings/scope.js';

const record = (id: string, change: Partial<FindingRecord> = {}): FindingRecord => ({
  id,
  type: 'inactive_user',
  severity: 'medium',
  appId: 'app-1',
  appName: 'Figma',
  accountId: id,
  accountEmail: `${id}@acme.com`,
  accountStatus: 'active',
  personId: null,
  personName: null,
  personEmail: null,
  personStatus: null,
  monthlyCost: 15,
  currency: 'USD',
  reason: 'No activity in Figma for 120 days (threshold 90)',
  appCaveat: null,
  suggestedAction: 'Confirm with the owner and reclaim the seat',
  evidence: ['Last activity 120 days ago'],
  ageDays: 120,
  detectedAt: '2026-11-20T00:00:00.000Z',
  ...change,
});

describe('the findings refresh writes only what changed', () => {
  it('a finding detected again later has the same hash; one whose age or owner changed has another', () => {
    expect(contentHash(record('a', { detectedAt: '2026-12-01T00:00:00.000Z' }))).toBe(contentHash(record('a')));
    expect(contentHash(record('a', { ageDays: 121 }))).not.toBe(contentHash(record('a')));
    expect(contentHash(record('a', { personId: 'p-1' }))).not.toBe(contentHash(record('a')));
  });

  it('creates new findings, rewrites changed ones keeping when they were first detected, deletes those gone, leaves the rest', () => {
    const first = '2026-10-01T00:00:00.000Z';
    const stored = [
      { id: 'same', contentHash: contentHash(record('same')), detectedAt: first },
      { id: 'older', contentHash: contentHash(record('older')), detectedAt: first },
      { id: 'gone', contentHash: contentHash(record('gone')), detectedAt: first },
      { id: 'unhashed', contentHash: null, detectedAt: first },
    ];
    const diff = diffFindings([record('same'), record('older', { ageDays: 121 }), record('new'), record('unhashed')], stored);
    expect(diff.write.map((w) => [w.id, w.detectedAt])).toEqual([
      ['older', first],
      ['new', '2026-11-20T00:00:00.000Z'],
      ['unhashed', first],
    ]);
    expect(diff.write.every(({ contentHash: hash, ...finding }) => hash === contentHash(finding))).toBe(true);
    expect(diff).toMatchObject({ deleteIds: ['gone'], created: 1, updated: 2 });
  });

  it('packs small apps together up to the bound; a larger app is a group of its own', () => {
    const apps = [
      { id: 'a', size: 30 },
      { id: 'b', size: 15 },
      { id: 'c', size: 10 },
      { id: 'big', size: 120 },
      { id: 'gone', size: 0 },
      { id: 'd', size: 50 },
    ];
    expect(groupBySize(apps, 50)).toEqual([['a', 'b'], ['c'], ['big'], ['gone', 'd']]);
  });
});
