/**
 * Integrations used by people who are still here (no finding): SharePoint connections in Jasper
 * and personal OAuth grants in JetStack AI, Slack, GitHub and Notion.
 */
import type { Counts } from './counts.js';
import { isPlainActive } from './plant/helpers.js';
import { addIntegration } from './plant/integrations-left.js';
import type { Rng } from './random.js';
import type { AccountState, AppState, GenContext } from './state.js';

/** User-mode connections per catalog app: name and scopes. */
const GRANTS: Record<string, { name: string; scopes: string[] }[]> = {
  jasper: [{ name: 'SharePoint', scopes: ['Sites.Read.All', 'Files.Read'] }],
  'jetstack-ai': [
    { name: 'HubSpot', scopes: ['content', 'oauth'] },
    { name: 'Google Analytics', scopes: ['analytics.readonly'] },
  ],
  slack: [
    { name: 'Google Drive', scopes: ['files:read', 'links:write'] },
    { name: 'Jira Cloud', scopes: ['chat:write', 'links:read'] },
    { name: 'Zoom', scopes: ['calls:write'] },
  ],
  github: [
    { name: 'CircleCI', scopes: ['repo', 'read:org'] },
    { name: 'Vercel', scopes: ['repo', 'deployments'] },
    { name: 'Codecov', scopes: ['repo:status'] },
  ],
  notion: [
    { name: 'Slack', scopes: ['read_content'] },
    { name: 'Google Drive', scopes: ['read_content', 'insert_content'] },
  ],
};

function authors(app: AppState): AccountState[] {
  return app.accounts.filter((a) => isPlainActive(a) && a.person?.category === 'clean' && a.person.plantedAs === null);
}

export function addCleanIntegrations(ctx: GenContext, rng: Rng, counts: Counts): void {
  for (const app of ctx.apps) {
    const grants = GRANTS[app.entry.key];
    if (!grants) continue;
    const appRng = rng.fork(`integrations:${app.record.id}`);
    const count = app.entry.key === 'jasper' ? Math.max(2, Math.round(authors(app).length * 0.3)) : counts.cleanIntegrations;
    for (const account of appRng.sample(authors(app), count)) {
      const grant = appRng.pick(grants);
      addIntegration(ctx, appRng, app, account, grant.name, 'user', grant.scopes);
    }
  }
}
