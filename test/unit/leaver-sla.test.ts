import { describe, expect, it } from 'vitest';
import { periodDates } from '../../server/leavers/period.js';
import { leaverOutcome, leaverSlaKpi, timeRecord, type LeaverRecordFacts } from '../../server/leavers/sla.js';

const NOW = new Date('2026-11-20T00:00:00Z');
const live: LeaverRecordFacts = {
  inactive: false,
  removedAt: null,
  deactivatedAt: null,
  vendorChangedAt: null,
  firstSeenAt: '2026-01-01T00:00:00Z',
  slaHours: 24,
};

describe('timing a leaver account against the SLA', () => {
  it('measures hours from the termination date at 00:00 UTC to the first sight of the deactivation', () => {
    const timed = timeRecord({ ...live, inactive: true, deactivatedAt: '2026-11-17T20:00:00Z' }, '2026-11-17', NOW);
    expect(timed).toEqual({ outcome: 'within', deprovisionedAt: '2026-11-17T20:00:00Z', source: 'first_seen', hours: 20 });
  });

  it('is late one minute past the SLA, within exactly at it', () => {
    expect(timeRecord({ ...live, removedAt: '2026-11-18T00:01:00Z' }, '2026-11-17', NOW).outcome).toBe('late');
    expect(timeRecord({ ...live, removedAt: '2026-11-18T00:00:00Z' }, '2026-11-17', NOW).outcome).toBe('within');
  });

  it("uses the record's own SLA", () => {
    const removed = { ...live, removedAt: '2026-11-18T20:00:00Z' };
    expect(timeRecord(removed, '2026-11-17', NOW)).toMatchObject({ outcome: 'late', hours: 44 });
    expect(timeRecord({ ...removed, slaHours: 48 }, '2026-11-17', NOW)).toMatchObject({ outcome: 'within', hours: 44 });
  });

  it("prefers the vendor's time of an inactive status over Attest's first sight", () => {
    const facts = { ...live, inactive: true, deactivatedAt: '2026-11-19T09:00:00Z', vendorChangedAt: '2026-11-17T03:30:00Z' };
    expect(timeRecord(facts, '2026-11-17', NOW)).toEqual({
      outcome: 'within',
      deprovisionedAt: '2026-11-17T03:30:00Z',
      source: 'vendor',
      hours: 3.5,
    });
  });

  it('takes the earlier of the deactivation and the removal', () => {
    const facts = { ...live, inactive: true, deactivatedAt: '2026-11-17T10:00:00Z', removedAt: '2026-11-19T10:00:00Z' };
    expect(timeRecord(facts, '2026-11-17', NOW)).toMatchObject({ deprovisionedAt: '2026-11-17T10:00:00Z', outcome: 'within' });
  });

  it('counts a deprovisioning before the termination date as within, with negative hours', () => {
    expect(timeRecord({ ...live, removedAt: '2026-11-16T12:00:00Z' }, '2026-11-17', NOW)).toMatchObject({ outcome: 'within', hours: -12 });
  });

  it('tells a live account past the SLA (active) from one whose SLA runs on (pending)', () => {
    expect(timeRecord(live, '2026-11-18', NOW).outcome).toBe('active');
    expect(timeRecord(live, '2026-11-19', NOW).outcome).toBe('pending');
    expect(timeRecord(live, '2026-11-20', NOW).outcome).toBe('pending');
  });

  it('does not call late what was already inactive when Attest first saw it, after the deadline', () => {
    const firstSight = { ...live, inactive: true, firstSeenAt: '2026-11-19T09:00:00Z', deactivatedAt: '2026-11-19T09:00:00Z' };
    expect(timeRecord(firstSight, '2026-11-10', NOW).outcome).toBe('unknown');
    // Seen inactive at first sight, but before the deadline: it was deprovisioned in time.
    expect(timeRecord(firstSight, '2026-11-19', NOW).outcome).toBe('within');
    expect(timeRecord({ ...live, inactive: true }, '2026-11-10', NOW).outcome).toBe('unknown');
  });
});

describe("a leaver's outcome and the KPI", () => {
  it('is late when any record is late or still active, pending before within, unknown when nothing was timed', () => {
    expect(leaverOutcome(['within', 'late'])).toBe('late');
    expect(leaverOutcome(['within', 'active', 'pending'])).toBe('late');
    expect(leaverOutcome(['within', 'pending'])).toBe('pending');
    expect(leaverOutcome(['within', 'unknown'])).toBe('within');
    expect(leaverOutcome(['unknown'])).toBe('unknown');
    expect(leaverOutcome([])).toBe('unknown');
  });

  it('is the share of settled leavers that were within the SLA', () => {
    expect(leaverSlaKpi(['within', 'within', 'late', 'pending', 'unknown'])).toEqual({
      leavers: 5,
      withinSla: 2,
      late: 1,
      pending: 1,
      unmeasured: 1,
      percentWithinSla: 66.7,
    });
    expect(leaverSlaKpi(['pending']).percentWithinSla).toBeNull();
  });
});

describe('campaign periods as termination dates', () => {
  it('covers quarters, halves, months and years', () => {
    expect(periodDates('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodDates('2026-H1')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodDates('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDates('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodDates('Q4')).toBeNull();
  });
});
