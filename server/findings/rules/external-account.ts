import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, LIVE } from './account-context.js';

export const externalAccount = defineRule({
  type: 'external_account',
  label: 'External account',
  pluralLabel: 'External accounts',
  description: "A live account or pending invite whose email domain is not one of the organization's domains.",
  cypher: `${IN_APPS}
MATCH (a:Account)-[:IN]->(app)
WHERE ${LIVE} AND a.status IN ['active', 'invited'] AND a.email CONTAINS '@'
WITH a, app, toLower(split(a.email, '@')[1]) AS domain
WHERE NOT domain IN $orgDomains
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p, '' AS key, null AS ageDays, {domain: domain, orgDomains: $orgDomains} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({ domain: z.string(), orgDomains: z.array(z.string()) }),
  describe(row) {
    const { domain, orgDomains } = row.facts;
    return {
      severity: row.isAdmin ? 'high' : 'medium',
      reason: `${row.accountEmail} is outside the organization's domains and has ${row.accountStatus === 'invited' ? 'a pending invite to' : 'access to'} ${row.appName}`,
      suggestedAction: row.personId
        ? `Confirm ${row.personName} still needs ${row.appName} through an outside address, or move them to their work account`
        : `Confirm a sponsor inside the organization, or remove the guest`,
      evidence: [
        `Email domain ${domain} is not one of ${orgDomains.join(', ')}`,
        ...(row.personId ? [`Owned by ${row.personName}`] : [`No HR owner`]),
      ],
      monthlyCost: 0,
    };
  },
  recommendation: { revoke: false, phrase: () => 'external account' },
});
