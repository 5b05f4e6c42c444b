import { z } from 'zod';
import { BILLING_NOTES, billingModelOf } from '../../catalog/billing-notes.js';
import { roundToCents } from '../../shared/numbers.js';
import { defineRule } from '../rule.js';
import { BILLED_SEAT_HOLDER, IN_APPS } from './account-context.js';

const seatLine = z.object({
  seatType: z.string(),
  capacity: z.number(),
  held: z.number(),
  unassigned: z.number(),
  monthlyCost: z.number(),
});

/**
 * Purchased seats nobody holds, per app and currency. Counted only where the vendor bills purchased
 * seats (not per active user), the purchased count is known and the seat costs something; held seats
 * are counted exactly as seat usage counts them (BILLED_SEAT_HOLDER), so a seat that carries an
 * account's finding is never also unassigned.
 */
export const unassignedSeats = defineRule({
  type: 'unassigned_seats',
  label: 'Unassigned seats',
  pluralLabel: 'Apps with unassigned seats',
  description:
    'Paid seats nobody holds: purchased capacity above the seats held, in an app billed per purchased seat; lower the seat count at renewal.',
  cypher: `${IN_APPS}
WITH app, $catalog[app.catalogKey] AS cat
WHERE coalesce(cat.billingModel, 'per_seat') <> 'per_active_user'
MATCH (s:SeatType)-[:OF]->(app)
WHERE s.capacity IS NOT NULL AND coalesce(s.monthlyCost, 0.0) > 0
WITH app, cat, s,
     COUNT { MATCH (a:Account)-[:USES_SEAT]->(s) WHERE a.removedAt IS NULL AND ${BILLED_SEAT_HOLDER} } AS held
WITH app, cat, s, held, s.capacity - held AS unassigned
WHERE unassigned > 0
WITH app, cat, coalesce(s.currency, 'USD') AS currency,
     collect({seatType: s.name, capacity: s.capacity, held: held, unassigned: unassigned, monthlyCost: s.monthlyCost}) AS lines
RETURN currency AS key, null AS accountId, null AS accountEmail, null AS accountStatus,
       app.id AS appId, app.name AS appName, app.catalogKey AS catalogKey,
       null AS personId, null AS personName, null AS personEmail, null AS personStatus,
       false AS isAdmin, reduce(total = 0.0, line IN lines | total + line.unassigned * line.monthlyCost) AS seatCost,
       currency, null AS ageDays,
       {lines: lines, billingModel: cat.billingModel} AS facts`,
  facts: z.object({ lines: z.array(seatLine), billingModel: z.string().nullable() }),
  describe(row) {
    const { lines, billingModel } = row.facts;
    const seats = lines.reduce((sum, line) => sum + line.unassigned, 0);
    const cost = roundToCents(row.seatCost);
    const model = billingModelOf(billingModel);
    const money = (n: number): string => `${n.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${row.currency}`;
    return {
      severity: cost >= 1000 ? 'medium' : 'low',
      reason: `${row.appName} pays for ${seats} seat${seats === 1 ? '' : 's'} nobody holds (${money(cost)} a month)`,
      suggestedAction:
        model === 'flat'
          ? `${row.appName} charges a flat fee: renegotiate the tier at renewal if the headcount stays below it`
          : `Lower the purchased seat count of ${row.appName} by ${seats} at renewal (or now, on a monthly plan)`,
      evidence: [
        ...lines.map(
          (line) =>
            `${line.seatType}: ${line.capacity} purchased, ${line.held} held, ${line.unassigned} unassigned at ${money(line.monthlyCost)} each`,
        ),
        `Billing model ${model}: ${BILLING_NOTES[model]}`,
      ],
      monthlyCost: cost,
    };
  },
  recommendation: { revoke: false, phrase: () => 'unassigned seats' },
});
