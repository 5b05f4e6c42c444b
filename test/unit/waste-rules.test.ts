import { describe, expect, it } from 'vitest';
import type { FindingRecord } from '../../server/findings/evaluate.js';
import { inactiveUser } from '../../server/findings/rules/inactive-user.js';
import { suspendedSeat } from '../../server/findings/rules/suspended-seat.js';
import { unassignedSeats } from '../../server/findings/rules/unassigned-seats.js';
import { chargeEachSeatOnce } from '../../server/findings/waste-causes.js';
import type { Row } from '../../server/graph/graph.js';

const appColumns = {
  accountId: null,
  accountEmail: null,
  accountStatus: null,
  appId: 'app-salesforce',
  appName: 'Salesforce',
  catalogKey: 'salesforce',
  personId: null,
  personName: null,
  personEmail: null,
  personStatus: null,
  isAdmin: false,
  currency: 'USD',
  ageDays: null,
};

describe('unassigned seats: paid seats nobody holds, per app', () => {
  const row = {
    ...appColumns,
    key: 'USD',
    seatCost: 12 * 175 + 3 * 25,
    facts: {
      billingModel: 'per_seat',
      lines: [
        { seatType: 'Salesforce', capacity: 140, held: 128, unassigned: 12, monthlyCost: 175 },
        { seatType: 'Salesforce Platform', capacity: 10, held: 7, unassigned: 3, monthlyCost: 25 },
      ],
    },
  } satisfies Row;

  it('counts the seats and their cost, and says to lower the seat count at renewal', () => {
    const { text } = unassignedSeats.read(row);
    expect(text.monthlyCost).toBe(2175);
    expect(text.severity).toBe('medium');
    expect(text.reason).toBe('Salesforce pays for 15 seats nobody holds (2,175 USD a month)');
    expect(text.suggestedAction).toBe('Lower the purchased seat count of Salesforce by 15 at renewal (or now, on a monthly plan)');
    expect(text.evidence[0]).toBe('Salesforce: 140 purchased, 128 held, 12 unassigned at 175 USD each');
    expect(text.evidence.at(-1)).toMatch(/^Billing model per_seat: Billed per paid seat/);
  });

  it('reads an app outside the catalog (no billing model) as billed per purchased seat', () => {
    const { text } = unassignedSeats.read({ ...row, catalogKey: null, facts: { ...row.facts, billingModel: null } });
    expect(text.evidence.at(-1)).toMatch(/^Billing model per_seat/);
  });
});

describe('suspended seats: suspended accounts the vendor still bills', () => {
  it('carries the seat cost and says to deactivate to stop paying', () => {
    const { text } = suspendedSeat.read({
      ...appColumns,
      key: '',
      accountId: 'acc-1',
      accountEmail: 'grace@example.com',
      accountStatus: 'suspended',
      personId: 'p-grace',
      personName: 'Grace Hopper',
      personStatus: 'terminated',
      seatCost: 175,
      facts: { lastActiveAt: '2026-09-01T10:00:00Z' },
    });
    expect(text.monthlyCost).toBe(175);
    expect(text.reason).toBe('grace@example.com is suspended in Salesforce but still holds a paid seat');
    expect(text.evidence).toContain('Owner Grace Hopper is terminated in HR');
  });
});

describe('inactive users in an app billed per active user', () => {
  it('cost nothing: the vendor does not bill an inactive account', () => {
    const { text } = inactiveUser.read({
      ...appColumns,
      appName: 'Slack',
      catalogKey: 'slack',
      key: '',
      accountId: 'acc-2',
      accountEmail: 'ada@example.com',
      accountStatus: 'active',
      seatCost: 8.75,
      ageDays: 120,
      facts: { limitDays: 90, neverActive: false, createdAt: null, billedWhenInactive: false },
    });
    expect(text.monthlyCost).toBe(0);
    expect(text.evidence).toContain('Slack bills only active users: an inactive account costs nothing');
  });
});

describe('each seat is charged once', () => {
  const record = (type: FindingRecord['type'], accountId: string | null, monthlyCost: number): FindingRecord => ({
    id: `${type}:${accountId ?? 'app'}`,
    type,
    severity: 'high',
    appId: 'app-1',
    appName: 'App',
    accountId,
    accountEmail: null,
    accountStatus: null,
    personId: null,
    personName: null,
    personEmail: null,
    personStatus: null,
    monthlyCost,
    currency: 'USD',
    reason: '',
    appCaveat: null,
    suggestedAction: '',
    evidence: [],
    ageDays: null,
    detectedAt: '2026-11-20T00:00:00.000Z',
  });

  it('keeps the cost on the first cause (orphaned before inactive) and says where it is counted', () => {
    const out = chargeEachSeatOnce([
      record('inactive_user', 'a1', 59),
      record('orphaned_account', 'a1', 59),
      record('external_account', 'a1', 0),
      record('pending_invite', 'a2', 59),
      record('unassigned_seats', null, 118),
    ]);
    expect(out.map((r) => [r.type, r.accountId, r.monthlyCost])).toEqual([
      ['inactive_user', 'a1', 0],
      ['orphaned_account', 'a1', 59],
      ['external_account', 'a1', 0],
      ['pending_invite', 'a2', 59],
      ['unassigned_seats', null, 118],
    ]);
    expect(out[0]?.evidence).toEqual(["The seat's cost is counted once, under the account's orphaned account finding"]);
    expect(out.reduce((sum, r) => sum + r.monthlyCost, 0)).toBe(236);
  });

  it('charges nothing for an account an app billed per active user does not bill (inactive at no cost)', () => {
    const out = chargeEachSeatOnce([record('orphaned_account', 'a1', 8.75), record('inactive_user', 'a1', 0)]);
    expect(out.map((r) => r.monthlyCost)).toEqual([0, 0]);
  });
});
