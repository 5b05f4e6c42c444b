import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, LIVE } from './account-context.js';

export const pendingInvite = defineRule({
  type: 'pending_invite',
  label: 'Pending invite',
  pluralLabel: 'Pending invites',
  description:
    'An invite nobody has accepted in an app that bills the seat from the invite; high once the invite has expired but still holds the seat.',
  cypher: `${IN_APPS}
MATCH (a:Account)-[:IN]->(app)
WHERE ${LIVE} AND a.status = 'invited' AND coalesce($catalog[app.catalogKey].invitesConsumeSeat, false)
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p, '' AS key,
     duration.inDays(coalesce(a.invitedAt, a.createdAt), datetime($now)).days AS ageDays,
     coalesce(app.inviteExpiryDays, $catalog[app.catalogKey].inviteExpiryDays) AS expiryDays,
     $catalog[app.catalogKey].defaultSeatCost AS defaultSeatCost
WITH a, app, p, key, ageDays,
     {expiryDays: expiryDays, defaultSeatCost: defaultSeatCost, invitedAt: toString(coalesce(a.invitedAt, a.createdAt))} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({ expiryDays: z.number().nullable(), defaultSeatCost: z.number().nullable(), invitedAt: z.string().nullable() }),
  describe(row) {
    const expiry = row.facts.expiryDays;
    const age = row.ageDays ?? 0;
    const expired = expiry !== null && age > expiry;
    // The seat the invite holds, as seat usage counts it (a free seat type costs nothing).
    const cost = row.seatCost;
    return {
      severity: expired ? 'high' : 'medium',
      reason: expired
        ? `Invite sent ${age} days ago expired after ${expiry} days but still holds a paid ${row.appName} seat`
        : `Invited ${age} days ago and not accepted; ${row.appName} bills the seat from the invite`,
      suggestedAction: expired
        ? `Revoke the expired invite in ${row.appName} to free the seat`
        : `Remind the invitee, or revoke the invite if it is no longer needed`,
      evidence: [
        `Status in ${row.appName}: invited since ${String(row.facts.invitedAt).slice(0, 10)}`,
        `${row.appName} reserves a seat for pending invites`,
        ...(expiry !== null ? [`Invites expire after ${expiry} days`] : []),
      ],
      monthlyCost: cost,
    };
  },
  recommendation: {
    revoke: true,
    phrase: (finding) => (finding.ageDays === null ? 'invite not accepted' : `invite not accepted for ${finding.ageDays} days`),
  },
});
