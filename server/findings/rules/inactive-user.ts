import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, LIVE } from './account-context.js';

export const inactiveUser = defineRule({
  type: 'inactive_user',
  label: 'Inactive user',
  pluralLabel: 'Inactive users',
  description:
    "An active account with no activity for longer than the app's inactivity threshold, or never used since it was added; only in apps that report activity.",
  cypher: `${IN_APPS}
MATCH (a:Account)-[:IN]->(app)
WHERE ${LIVE} AND a.status = 'active' AND coalesce($catalog[app.catalogKey].activityData, false) AND coalesce(a.activityKnown, true)
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p, coalesce(app.inactivityDays, $catalog[app.catalogKey].inactivityDays, $defaults.inactivityDays) AS limitDays
WHERE (p IS NULL OR p.status <> 'leave')
  AND ((a.lastActiveAt IS NOT NULL AND a.lastActiveAt < datetime($now) - duration({days: limitDays}))
    OR (a.lastActiveAt IS NULL AND a.createdAt < datetime($now) - duration({days: $defaults.neverActiveDays})))
WITH a, app, p, '' AS key,
     duration.inDays(coalesce(a.lastActiveAt, a.createdAt), datetime($now)).days AS ageDays,
     {limitDays: limitDays, neverActive: a.lastActiveAt IS NULL, createdAt: toString(a.createdAt),
      billedWhenInactive: coalesce($catalog[app.catalogKey].billingModel, 'per_seat') <> 'per_active_user'} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({ limitDays: z.number(), neverActive: z.boolean(), createdAt: z.string().nullable(), billedWhenInactive: z.boolean() }),
  describe(row) {
    const never = row.facts.neverActive;
    const limit = row.facts.limitDays;
    return {
      severity: row.isAdmin ? 'high' : 'medium',
      reason: never
        ? `Never used ${row.appName} in the ${row.ageDays} days since the account was added`
        : `No activity in ${row.appName} for ${row.ageDays} days (threshold ${limit})`,
      suggestedAction:
        row.seatCost > 0
          ? `Confirm with ${row.personName ?? 'the owner'} and reclaim the seat`
          : `Confirm with ${row.personName ?? 'the owner'} and remove the access`,
      evidence: [
        never ? `Added ${String(row.facts.createdAt).slice(0, 10)}, no recorded activity` : `Last activity ${row.ageDays} days ago`,
        `Inactivity threshold for ${row.appName}: ${limit} days`,
        ...(row.facts.billedWhenInactive ? [] : [`${row.appName} bills only active users: an inactive account costs nothing`]),
      ],
      monthlyCost: row.facts.billedWhenInactive ? row.seatCost : 0,
    };
  },
  recommendation: {
    revoke: true,
    phrase: (finding) => (finding.ageDays === null ? 'inactive' : `inactive ${finding.ageDays} days`),
  },
});
