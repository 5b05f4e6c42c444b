import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, LIVE } from './account-context.js';

/** A suspended (frozen) account in an app where suspending keeps the paid licence. */
export const suspendedSeat = defineRule({
  type: 'suspended_seat',
  label: 'Suspended, still billed',
  pluralLabel: 'Suspended seats still billed',
  description:
    'A suspended (frozen) account that keeps its paid seat, in an app where suspending does not stop billing (Salesforce freeze, Google Workspace and 1Password suspend).',
  cypher: `${IN_APPS}
MATCH (a:Account)-[:IN]->(app)
WHERE ${LIVE} AND a.status = 'suspended' AND coalesce($catalog[app.catalogKey].suspendedHoldsSeat, false)
  AND EXISTS { (a)-[:USES_SEAT]->(:SeatType) }
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p, '' AS key,
     CASE WHEN a.lastActiveAt IS NULL THEN null ELSE duration.inDays(a.lastActiveAt, datetime($now)).days END AS ageDays,
     {lastActiveAt: toString(a.lastActiveAt)} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({ lastActiveAt: z.string().nullable() }),
  describe(row) {
    const evidence = [`Account status in ${row.appName}: suspended`, `${row.appName} keeps billing a suspended account's seat`];
    if (row.facts.lastActiveAt) evidence.push(`Last active ${row.facts.lastActiveAt.slice(0, 10)}`);
    if (row.personName) evidence.push(`Owner ${row.personName} is ${row.personStatus ?? 'unknown'} in HR`);
    return {
      severity: row.seatCost > 0 ? 'medium' : 'low',
      reason: `${row.accountEmail ?? 'The account'} is suspended in ${row.appName} but still holds a paid seat`,
      suggestedAction: `Deactivate or delete the account in ${row.appName} (after moving what it owns) to stop paying for the seat`,
      evidence,
      monthlyCost: row.seatCost,
    };
  },
  recommendation: { revoke: true, phrase: () => 'suspended but still billed' },
});
