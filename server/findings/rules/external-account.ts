import type { FindingRule } from '../rule.js';
import { ACCOUNT_COLUMNS, LIVE } from './account-context.js';

export const externalAccount: FindingRule = {
  type: 'external_account',
  cypher: `
MATCH (a:Account)-[:IN]->(app:App)
WHERE ${LIVE} AND a.status IN ['active', 'invited'] AND a.email CONTAINS '@'
WITH a, app, toLower(split(a.email, '@')[1]) AS domain
WHERE NOT domain IN $orgDomains
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p, '' AS key, null AS ageDays, {domain: domain, orgDomains: $orgDomains} AS facts
${ACCOUNT_COLUMNS}`,
  describe(row) {
    const domain = String(row.facts.domain);
    const orgDomains = (row.facts.orgDomains as string[] | null) ?? [];
    return {
      severity: row.isAdmin ? 'high' : 'medium',
      reason: `${row.accountEmail} is outside the organization's domains and has ${row.accountStatus === 'invited' ? 'a pending invite to' : 'access to'} ${row.appName}`,
      suggestedAction: row.personId
        ? `Confirm ${row.personName} still needs ${row.appName} through an outside address, or move them to their work account`
        : `Confirm a sponsor inside the organization, or remove the guest`,
      evidence: [`Email domain ${domain} is not one of ${orgDomains.join(', ')}`, ...(row.personId ? [`Owned by ${row.personName}`] : [`No HR owner`])],
      monthlyCost: 0,
    };
  },
};
