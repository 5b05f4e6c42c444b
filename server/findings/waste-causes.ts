import type { FindingRecord } from './evaluate.js';
import type { FindingType } from './rules/index.js';

/**
 * The finding types that carry seat waste, in the order that decides which one carries a seat's cost
 * when an account has several (an orphaned account that is also inactive is counted as orphaned).
 * Seat usage (seat-usage.queries.ts) splits held seats by this same order, so each app's waste by
 * cause is the sum of its findings' monthly cost by type, and no seat is counted twice.
 * `unassigned_seats` is per app: purchased seats no account holds, disjoint from the rest.
 */
export const WASTE_CAUSES = [
  'orphaned_account',
  'duplicate_account',
  'inactive_user',
  'pending_invite',
  'suspended_seat',
  'unassigned_seats',
] as const satisfies readonly FindingType[];

export type WasteCause = (typeof WASTE_CAUSES)[number];

/** The per-account causes, which seat usage reads from each account's findings. */
export const ACCOUNT_WASTE_CAUSES: readonly WasteCause[] = WASTE_CAUSES.filter((type) => type !== 'unassigned_seats');

/**
 * Leaves an account's seat cost on its first waste finding in WASTE_CAUSES order and sets the others'
 * to 0 (saying where the cost is counted), so the findings' monthly costs add up to the seat waste.
 * An inactive-user finding at no cost (an app billed per active user does not bill an inactive
 * account) comes first: such a seat costs nothing whatever else is wrong with the account, and seat
 * usage counts it as inactive too.
 */
export function chargeEachSeatOnce(records: FindingRecord[]): FindingRecord[] {
  const charged = new Map<string, FindingRecord>();
  const rank = (record: FindingRecord): number =>
    record.type === 'inactive_user' && record.monthlyCost === 0 ? -1 : ACCOUNT_WASTE_CAUSES.findIndex((cause) => cause === record.type);
  const isCause = (record: FindingRecord): boolean => ACCOUNT_WASTE_CAUSES.some((cause) => cause === record.type);
  for (const record of records) {
    if (record.accountId === null || !isCause(record)) continue;
    const current = charged.get(record.accountId);
    if (!current || rank(record) < rank(current)) charged.set(record.accountId, record);
  }
  return records.map((record) => {
    const carrier = record.accountId === null ? undefined : charged.get(record.accountId);
    if (!carrier || carrier === record || !isCause(record) || record.monthlyCost === 0) return record;
    return {
      ...record,
      monthlyCost: 0,
      evidence: [...record.evidence, `The seat's cost is counted once, under the account's ${carrier.type.replace(/_/g, ' ')} finding`],
    };
  });
}
