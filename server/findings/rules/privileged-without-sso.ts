import { z } from 'zod';
import { ADMIN_PRIVILEGES_CYPHER } from '../../catalog/privilege.js';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS, IS_ADMIN, LIVE } from './account-context.js';

export const privilegedWithoutSso = defineRule({
  type: 'privileged_without_sso',
  label: 'Privileged without SSO',
  pluralLabel: 'Privileged without SSO',
  description: "An active admin account that signs in outside the IdP although the app's plan offers SSO.",
  cypher: `${IN_APPS}
MATCH (a:Account)-[:IN]->(app)
WHERE ${LIVE} AND a.status = 'active' AND ${IS_ADMIN}
  AND app.plan IN coalesce($catalog[app.catalogKey].ssoPlans, [])
  AND NOT EXISTS { (a)-[:SIGNS_IN_WITH]->(:Identity) }
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH a, app, p, '' AS key, null AS ageDays,
     {plan: app.plan, roles: COLLECT { MATCH (a)-[:HAS_ROLE]->(r:Role) WHERE r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} RETURN r.name AS role ORDER BY role }} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({ plan: z.string().nullable(), roles: z.array(z.string()) }),
  describe(row) {
    const roles = row.facts.roles;
    return {
      severity: 'high',
      reason: `${row.accountEmail} is ${roles.join(' and ')} in ${row.appName} but signs in outside the IdP, although the ${String(row.facts.plan)} plan supports SSO`,
      suggestedAction: `Assign the ${row.appName} app to this admin in the IdP and enforce SSO, or remove the admin role`,
      evidence: [
        `Admin roles: ${roles.join(', ')}`,
        `No IdP identity signs in to this account`,
        `${row.appName} ${String(row.facts.plan)} plan offers SSO`,
      ],
      monthlyCost: 0,
    };
  },
  recommendation: { revoke: false, phrase: () => 'admin without SSO' },
});
