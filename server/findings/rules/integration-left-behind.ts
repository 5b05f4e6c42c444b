import { z } from 'zod';
import { defineRule } from '../rule.js';
import { ACCOUNT_COLUMNS, IN_APPS } from './account-context.js';

export const integrationLeftBehind = defineRule({
  type: 'integration_left_behind',
  label: 'Integration left behind',
  pluralLabel: 'Integrations left behind',
  description: 'A live integration whose enabling or authorizing account was removed or whose owner left; its credential still works.',
  cypher: `${IN_APPS}
MATCH (n:Integration)-[:IN]->(app)
WHERE n.removedAt IS NULL
MATCH (n)-[how:ENABLED_BY|AUTHORIZED_BY]->(a:Account)
OPTIONAL MATCH (a)-[:BELONGS_TO]->(p:Person)
WITH n, how, a, app, p
WHERE a.removedAt IS NOT NULL OR a.status = 'deactivated' OR p.status = 'terminated'
WITH a, app, p, n.id AS key, duration.inDays(n.enabledAt, datetime($now)).days AS ageDays,
     {integration: n.name, integrationId: n.id, mode: n.mode, how: type(how), scopes: coalesce(n.scopes, []),
      accountRemoved: a.removedAt IS NOT NULL OR a.status = 'deactivated', lastUsedAt: toString(n.lastUsedAt)} AS facts
${ACCOUNT_COLUMNS}`,
  facts: z.object({
    integration: z.string().nullable(),
    integrationId: z.string(),
    mode: z.string().nullable(),
    how: z.enum(['ENABLED_BY', 'AUTHORIZED_BY']),
    scopes: z.array(z.string()),
    accountRemoved: z.boolean().nullable(),
    lastUsedAt: z.string().nullable(),
  }),
  describe(row) {
    const name = String(row.facts.integration);
    const workspace = row.facts.mode === 'workspace';
    const verb = row.facts.how === 'ENABLED_BY' ? 'enabled' : 'authorized';
    const gone = row.facts.accountRemoved === true ? `whose account was removed` : `${row.personName} has left`;
    const scopes = row.facts.scopes;
    return {
      severity: workspace ? 'high' : 'medium',
      reason: `${name} in ${row.appName} was ${verb} by ${row.accountEmail}, ${gone}; the ${workspace ? 'workspace credential' : 'personal connection'} still works`,
      suggestedAction: workspace
        ? `Re-enable ${name} with a credential owned by an active admin, then revoke the old key`
        : `Disconnect ${name} for ${row.accountEmail} in ${row.appName}`,
      evidence: [
        `${name} (${workspace ? 'workspace' : 'user'} integration) ${verb} by ${row.accountEmail}`,
        row.facts.accountRemoved === true
          ? `${row.accountEmail} is removed from ${row.appName}`
          : `Owner ${row.personName} is terminated in HR`,
        ...(scopes.length ? [`Scopes: ${scopes.join(', ')}`] : []),
        ...(row.facts.lastUsedAt ? [`Last used ${row.facts.lastUsedAt.slice(0, 10)}`] : []),
      ],
      monthlyCost: 0,
    };
  },
  recommendation: { revoke: true, phrase: () => 'integration left behind' },
});
