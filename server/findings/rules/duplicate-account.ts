import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, HOLDS_SEAT, LIVE } from './account-context.js';

export const duplicateAccount = defineRule({
  type: 'duplicate_account',
  label: 'Duplicate account',
  pluralLabel: 'Duplicate accounts',
  description: 'A second (or further) seat-holding human account of one person in one app; the primary account is not reported.',
  cypher: `${IN_APPS}
MATCH (p:Person)<-[:BELONGS_TO]-(a:Account)-[:IN]->(app)
WHERE ${LIVE} AND ${HOLDS_SEAT} AND coalesce(a.kind, 'human') = 'human'
WITH p, app, a
ORDER BY CASE WHEN toLower(a.email) = toLower(p.email) THEN 0 ELSE 1 END,
         coalesce(a.lastActiveAt, datetime('1970-01-01T00:00:00Z')) DESC, a.id
WITH p, app, collect(a) AS held
WHERE size(held) > 1
UNWIND held[1..] AS a
WITH a, app, p, '' AS key, null AS ageDays, {primary: held[0].email, all: [x IN held | x.email]} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({ primary: z.string().nullable(), all: z.array(z.string().nullable()) }),
  describe(row) {
    const all = row.facts.all;
    return {
      severity: 'medium',
      reason: `${row.personName} holds ${all.length} paid seats in ${row.appName}; ${row.accountEmail} duplicates ${String(row.facts.primary)}`,
      suggestedAction: `Move anything needed to ${String(row.facts.primary)} and deactivate ${row.accountEmail}`,
      evidence: [
        `Seat-holding accounts of ${row.personName} in ${row.appName}: ${all.join(', ')}`,
        `Primary: ${String(row.facts.primary)}`,
      ],
      monthlyCost: row.seatCost,
    };
  },
  recommendation: { revoke: false, phrase: () => 'duplicate account' },
});
