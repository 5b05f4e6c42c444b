import { describe, expect, it } from 'vitest';
import { campaignName, dueDateOf, dueRun, nextRunAfter, periodOf, type RunPlan } from '../../server/reviews/schedules/run-dates.js';

const at = (text: string) => new Date(text);
const quarterly: RunPlan = { cadence: { kind: 'quarterly' }, firstRunOn: '2026-01-01' };
const monthEnd: RunPlan = { cadence: { kind: 'monthly' }, firstRunOn: '2026-01-31' };
const weekly: RunPlan = { cadence: { kind: 'everyDays', days: 7 }, firstRunOn: '2026-11-02' };

describe('when a campaign schedule runs', () => {
  it('runs quarterly on quarter boundaries, not before the first run, and once per date', () => {
    expect(dueRun(quarterly, null, at('2025-12-31T23:59:59Z'))).toBeNull();
    expect(dueRun(quarterly, null, at('2026-01-01T00:00:00Z'))).toBe('2026-01-01');
    expect(dueRun(quarterly, '2026-01-01', at('2026-03-31T23:59:59Z'))).toBeNull();
    expect(dueRun(quarterly, '2026-01-01', at('2026-04-01T00:00:00Z'))).toBe('2026-04-01');
    expect(dueRun(quarterly, '2026-04-01', at('2026-10-01T08:00:00Z'))).toBe('2026-10-01');
    expect(nextRunAfter(quarterly, at('2026-11-22T00:00:00Z'))).toBe('2027-01-01');
    expect(periodOf(quarterly.cadence, '2026-10-01')).toBe('2026-Q4');
    expect(periodOf(quarterly.cadence, '2027-01-01')).toBe('2027-Q1');
  });

  it('keeps the day of the month, or the last day of a shorter month', () => {
    expect(nextRunAfter(monthEnd, at('2026-01-31T00:00:00Z'))).toBe('2026-02-28');
    expect(nextRunAfter(monthEnd, at('2026-02-28T00:00:00Z'))).toBe('2026-03-31');
    expect(nextRunAfter(monthEnd, at('2026-04-15T00:00:00Z'))).toBe('2026-04-30');
    expect(nextRunAfter({ cadence: { kind: 'monthly' }, firstRunOn: '2027-12-31' }, at('2028-01-01T00:00:00Z'))).toBe('2028-01-31');
    expect(nextRunAfter({ cadence: { kind: 'monthly' }, firstRunOn: '2027-12-31' }, at('2028-02-01T00:00:00Z'))).toBe('2028-02-29');
    expect(dueRun(monthEnd, '2026-03-31', at('2026-04-29T23:00:00Z'))).toBeNull();
    expect(dueRun(monthEnd, '2026-03-31', at('2026-04-30T00:00:00Z'))).toBe('2026-04-30');
    expect(periodOf(monthEnd.cadence, '2026-04-30')).toBe('2026-04');
  });

  it('runs every N days from the first run', () => {
    expect(dueRun(weekly, null, at('2026-11-08T23:00:00Z'))).toBe('2026-11-02');
    expect(dueRun(weekly, '2026-11-02', at('2026-11-08T23:00:00Z'))).toBeNull();
    expect(dueRun(weekly, '2026-11-02', at('2026-11-09T00:00:00Z'))).toBe('2026-11-09');
    expect(nextRunAfter(weekly, at('2026-11-09T00:00:00Z'))).toBe('2026-11-16');
    expect(nextRunAfter(weekly, at('2026-10-01T00:00:00Z'))).toBe('2026-11-02');
  });

  it('catches up after downtime with the latest missed run only', () => {
    // Down from February to mid-November: one run for 2026-10-01, none for April and July.
    expect(dueRun(quarterly, '2026-01-01', at('2026-11-22T09:00:00Z'))).toBe('2026-10-01');
    expect(dueRun(weekly, '2026-11-02', at('2026-12-01T00:00:00Z'))).toBe('2026-11-30');
    expect(dueRun(monthEnd, '2026-01-31', at('2026-07-15T00:00:00Z'))).toBe('2026-06-30');
  });

  it('names and dates the campaign', () => {
    expect(campaignName('{period} access review', quarterly.cadence, '2026-10-01')).toBe('2026-Q4 access review');
    expect(campaignName('Weekly review {date}', weekly.cadence, '2026-11-09')).toBe('Weekly review 2026-11-09');
    expect(dueDateOf('2026-10-01', 30).toISOString()).toBe('2026-10-31T23:59:59.999Z');
  });
});
