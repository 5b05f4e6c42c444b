import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, LIVE } from './account-context.js';

export const orphanedAccount = defineRule({
  type: 'orphaned_account',
  label: 'Orphaned account',
  pluralLabel: 'Orphaned accounts',
  description:
    'A live, active account nobody in HR answers for: it has no owner, its owner left, or the IdP identity it signs in with is deprovisioned or suspended.',
  cypher: `${IN_APPS}
MATCH (a:Account)-[:IN]->(app)
WHERE ${LIVE} AND a.status = 'active'
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p,
     COLLECT {
       MATCH (a)-[:SIGNS_IN_WITH]->(i:Identity) WHERE i.status IN ['deprovisioned', 'suspended']
       WITH i.idp + ' identity ' + i.login + ' is ' + i.status AS lost
       RETURN lost ORDER BY lost
     } AS lostIdentities
WHERE p IS NULL OR p.status = 'terminated' OR size(lostIdentities) > 0
WITH a, app, p, '' AS key, null AS ageDays,
     {lostIdentities: lostIdentities, ownerEndDate: toString(p.endDate), lastActiveAt: toString(a.lastActiveAt),
      kind: coalesce(a.kind, 'human'),
      reviewCandidates: CASE WHEN p IS NULL AND a.needsReview = true
        THEN [pid IN coalesce(a.reviewCandidates, []) | COLLECT { MATCH (c:Person {id: pid}) RETURN c.displayName + ' (' + c.email + ', ' + c.status + ')' }[0]]
        ELSE [] END} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({
    lostIdentities: z.array(z.string()),
    ownerEndDate: z.string().nullable(),
    lastActiveAt: z.string().nullable(),
    kind: z.string(),
    reviewCandidates: z.array(z.string().nullable()),
  }),
  describe(row) {
    const lost = row.facts.lostIdentities;
    const evidence: string[] = [];
    let reason: string;
    const kind = row.facts.kind;
    const candidates = row.facts.reviewCandidates.filter((c): c is string => c !== null);
    if (!row.personId && candidates.length > 0) {
      reason = `Nobody owns ${row.accountEmail} yet: it matches ${candidates.length} people in HR and waits for a person to decide`;
      evidence.push(...candidates.map((c) => `Could be ${c}`));
    } else if (!row.personId && kind !== 'human') {
      reason = `${kind === 'service' ? 'Service' : 'Shared'} account ${row.accountEmail} has no owner: nobody in HR is accountable for it`;
      evidence.push(`Account kind in ${row.appName}: ${kind}`, `${row.accountEmail} matches no HR work or alternate email`);
    } else if (!row.personId) {
      reason = `No person in HR owns ${row.accountEmail}, and it does not sign in through the IdP as anyone`;
      evidence.push(`${row.accountEmail} matches no HR work or alternate email`);
    } else if (row.personStatus === 'terminated') {
      const ended = row.facts.ownerEndDate ? ` on ${row.facts.ownerEndDate}` : '';
      reason = `Owner ${row.personName} left${ended}, but the ${row.appName} account is still active`;
      evidence.push(`${row.personName} (${row.personEmail}) is terminated in HR${ended}`);
    } else {
      reason = `${lost[0] ?? 'Its IdP identity is disabled'}, but the ${row.appName} account is still active`;
    }
    evidence.push(...lost, `Account status in ${row.appName}: active`);
    if (row.facts.lastActiveAt) evidence.push(`Last active ${row.facts.lastActiveAt.slice(0, 10)}`);
    return {
      severity: row.isAdmin ? 'critical' : 'high',
      reason,
      suggestedAction: row.personId
        ? `Deactivate the account in ${row.appName}${row.isAdmin ? ' after handing its admin role to someone active' : ''}`
        : candidates.length > 0
          ? `Link the account to the right person (or mark it as having no owner), then review it again`
          : kind !== 'human'
            ? `Give the ${kind} account an owner who answers for it, or deactivate it in ${row.appName}`
            : `Find the owner and link the account, or deactivate it in ${row.appName}`,
      evidence,
      monthlyCost: row.seatCost,
    };
  },
  recommendation: {
    revoke: true,
    phrase: (finding) =>
      !finding.personId ? 'no owner in HR' : finding.personStatus === 'terminated' ? 'owner left' : 'IdP identity disabled',
  },
});
