import { describe, expect, it } from 'vitest';
import type { Row } from '../../server/graph/graph.js';
import { orphanedAccount } from '../../server/findings/rules/orphaned-account.js';

/** A row of the orphaned-account query: Grace left, her Jasper account is still active. */
const row = {
  key: '',
  accountId: 'acc-1',
  accountEmail: 'grace@example.com',
  accountStatus: 'active',
  appId: 'app-jasper',
  appName: 'Jasper',
  catalogKey: 'jasper',
  personId: 'p-grace',
  personName: 'Grace Hopper',
  personEmail: 'grace@example.com',
  personStatus: 'terminated',
  isAdmin: false,
  seatCost: 59,
  currency: 'USD',
  ageDays: null,
  facts: { lostIdentities: [], ownerEndDate: '2026-01-15', lastActiveAt: null, kind: 'human', reviewCandidates: [] },
} satisfies Row;

describe("a rule reading its query's rows", () => {
  it('words the finding from the decoded row', () => {
    const { columns, text } = orphanedAccount.read(row);
    expect(columns.appName).toBe('Jasper');
    expect(text.reason).toBe('Owner Grace Hopper left on 2026-01-15, but the Jasper account is still active');
    expect(text.severity).toBe('high');
    expect(text.monthlyCost).toBe(59);
  });

  it('fails naming the rule and the column when the query no longer returns a column', () => {
    const { appName, ...renamed } = row;
    expect(() => orphanedAccount.read({ ...renamed, app: appName })).toThrow(/query "finding rule orphaned_account" .*column "appName"/);
  });

  it('fails naming the fact when the query no longer returns it', () => {
    const { ownerEndDate, ...facts } = row.facts;
    expect(() => orphanedAccount.read({ ...row, facts: { ...facts, endDate: ownerEndDate } })).toThrow(
      /query "finding rule orphaned_account" .*column "facts\.ownerEndDate"/,
    );
  });
});
