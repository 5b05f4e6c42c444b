import { describe, expect, it } from 'vitest';
import { dayCount, dayOfQuarter, isoDay, quarterOf } from '../../server/api/trends/quarters.js';

describe('calendar quarters for the trend (UTC)', () => {
  it('finds this quarter and the last one across a year boundary, with their lengths', () => {
    const now = new Date('2027-02-14T23:30:00Z');
    const current = quarterOf(now);
    const last = quarterOf(now, -1);
    expect([current.label, isoDay(current.start), isoDay(current.next), dayCount(current)]).toEqual([
      'Q1 2027',
      '2027-01-01',
      '2027-04-01',
      90,
    ]);
    expect([last.label, isoDay(last.start), isoDay(last.next), dayCount(last)]).toEqual(['Q4 2026', '2026-10-01', '2027-01-01', 92]);
  });

  it('numbers the days of a quarter from 1, so the same day of two quarters lines up', () => {
    const q = quarterOf(new Date('2026-11-20T00:00:00Z'));
    expect([dayOfQuarter(q, '2026-10-01'), dayOfQuarter(q, '2026-11-01'), dayOfQuarter(q, '2026-12-31')]).toEqual([1, 32, 92]);
  });
});
