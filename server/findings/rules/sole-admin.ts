import { z } from 'zod';
import { ADMIN_PRIVILEGES_CYPHER } from '../../catalog/privilege.js';
import { defineRule } from '../rule.js';
import { DEFAULT_MINIMUM_ADMINS } from '../rule-params.js';
import { IN_APPS, IS_ADMIN } from './account-context.js';

export const soleAdmin = defineRule({
  type: 'sole_admin',
  label: 'Sole admin',
  pluralLabel: 'Sole-admin apps',
  description:
    "An app with fewer effective admins (an active account with an admin role and an active owner) than its minimum (its setting, else its catalog entry's, else 2); critical with none.",
  cypher: `${IN_APPS}
WITH app, $catalog[app.catalogKey] AS cat
WHERE cat IS NOT NULL OR EXISTS { (r:Role)-[:OF]->(app) WHERE r.privilege IN ${ADMIN_PRIVILEGES_CYPHER} }
WITH app, coalesce(app.minimumAdmins, cat.minimumAdmins, ${DEFAULT_MINIMUM_ADMINS}) AS minimumAdmins,
     COLLECT {
       MATCH (a:Account)-[:IN]->(app)
       WHERE a.removedAt IS NULL AND a.status = 'active'
         AND ${IS_ADMIN}
         AND EXISTS { (a)-[:BELONGS_TO]->(:Person {status: 'active'}) }
       WITH coalesce(a.email, a.username, a.displayName, a.externalId, a.id) AS admin
       RETURN admin ORDER BY admin
     } AS effective,
     COLLECT {
       MATCH (a:Account)-[:IN]->(app)
       WHERE a.removedAt IS NULL AND ${IS_ADMIN}
       OPTIONAL MATCH (a)-[:BELONGS_TO]->(owner:Person)
       WITH coalesce(a.email, a.username, a.displayName, a.externalId, a.id) + ' (account ' + a.status + ', ' +
            CASE WHEN owner IS NULL THEN 'no owner' ELSE 'owner ' + owner.displayName + ' is ' + owner.status END + ')' AS admin
       RETURN admin ORDER BY admin
     } AS admins
WHERE size(effective) < minimumAdmins
  // An account whose role the source does not give (GitHub members without an admins listing) may be an admin: no claim either way.
  AND NOT EXISTS { MATCH (a:Account)-[:IN]->(app) WHERE a.removedAt IS NULL AND a.status = 'active' AND a.rolesKnown = false }
RETURN '' AS key, null AS accountId, null AS accountEmail, null AS accountStatus,
       app.id AS appId, app.name AS appName, app.catalogKey AS catalogKey,
       null AS personId, null AS personName, null AS personEmail, null AS personStatus,
       false AS isAdmin, 0.0 AS seatCost, 'USD' AS currency, null AS ageDays,
       {effective: effective, admins: admins, minimum: minimumAdmins} AS facts`,
  facts: z.object({ effective: z.array(z.string().nullable()), admins: z.array(z.string().nullable()), minimum: z.number() }),
  describe(row) {
    const { effective, admins, minimum } = row.facts;
    const none = effective.length === 0;
    return {
      severity: none ? 'critical' : 'high',
      reason: none
        ? `${row.appName} has no effective admin: nobody active can manage users, billing or SSO`
        : `${row.appName} has ${effective.length} effective admin (${effective.join(', ')}); at least ${minimum} are needed`,
      suggestedAction: none
        ? `Restore admin access in ${row.appName} (the vendor's support may need to reassign it), then add a second admin`
        : `Give a second active person an admin role in ${row.appName}`,
      evidence: [
        `Effective admins (active account, admin role, active owner): ${effective.length}, minimum ${minimum}`,
        ...admins.map((admin) => `Admin account ${admin}`),
      ],
      monthlyCost: 0,
    };
  },
  recommendation: { revoke: false, phrase: () => 'sole admin' },
});
