/**
 * integration_left_behind: Jasper's workspace Semrush key was entered by an admin who has since left
 * and whose account is removed; personal (user-mode) connections authorized by people who left
 * or whose account was removed keep working in Jasper (SharePoint), JetStack AI (portal OAuth),
 * Slack, GitHub and Notion.
 */
import { addMemberAccount, liveAccountOf, seatRoom } from '../accounts.js';
import { adminRoleFor } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import type { IntegrationRecord } from '../org.types.js';
import type { Rng } from '../random.js';
import type { AccountState, AppState, GenContext, PersonState } from '../state.js';
import { DAY_MS, HOUR_MS, between, iso } from '../time.js';
import { appsByKey, claim, freePeople, isPlainActive } from './helpers.js';

const CASE = 'integration_left_behind';

export function addIntegration(
  ctx: GenContext,
  rng: Rng,
  app: AppState,
  account: AccountState,
  name: string,
  mode: 'workspace' | 'user',
  scopes: string[],
): IntegrationRecord {
  ctx.nextIntegrationId += 1;
  const created = Date.parse(account.record.createdAt);
  const lastActive = account.record.lastActiveAt === null ? null : Date.parse(account.record.lastActiveAt);
  const until = Math.min(lastActive ?? ctx.nowMs - DAY_MS, account.person?.endMs ?? ctx.nowMs, ctx.nowMs - DAY_MS);
  const enabledMs = between(rng, created + HOUR_MS, Math.max(created + HOUR_MS, until));
  const integration: IntegrationRecord = {
    id: `int-${String(ctx.nextIntegrationId).padStart(5, '0')}`,
    appId: app.record.id,
    name,
    mode,
    enabledByAccountId: mode === 'workspace' ? account.record.id : null,
    authorizedByAccountId: mode === 'user' ? account.record.id : null,
    enabledAt: iso(enabledMs),
    lastUsedAt: iso(between(rng, Math.max(enabledMs, ctx.nowMs - 3 * DAY_MS), ctx.nowMs - HOUR_MS)),
    scopes,
  };
  ctx.integrations.push(integration);
  return integration;
}

/** Marks an account removed from the app (a later sync no longer lists it). */
function remove(ctx: GenContext, rng: Rng, account: AccountState, afterMs: number): void {
  account.record.status = 'deactivated';
  const lo = Math.min(Math.max(afterMs + DAY_MS, ctx.nowMs - 60 * DAY_MS), ctx.nowMs - 2 * DAY_MS);
  account.record.removedAt = iso(between(rng, lo, ctx.nowMs - DAY_MS));
}

/** An account (any state) of a person who left long ago, removed from the app. */
function goneAccount(ctx: GenContext, rng: Rng, app: AppState, person: PersonState): AccountState | null {
  const existing = person.accounts.find((a) => a.app === app);
  const account = existing ?? (app.emails.has(person.record.email) ? null : addMemberAccount(ctx, rng, app, person));
  if (!account) return null;
  if (account.record.removedAt === null) remove(ctx, rng, account, person.endMs ?? ctx.nowMs - 90 * DAY_MS);
  return account;
}

function plantSemrush(ctx: GenContext, rng: Rng, used: Set<AccountState>): void {
  const jasper = appsByKey(ctx, 'jasper')[0];
  if (!jasper) return;
  const gone = ctx.persons.filter((p) => p.category === 'gone' && p.plantedAs === null);
  const ordered = [
    ...rng.shuffle(gone.filter((p) => p.department === 'Marketing')),
    ...rng.shuffle(gone.filter((p) => p.department !== 'Marketing')),
  ];
  for (const person of ordered) {
    const account = goneAccount(ctx, rng, jasper, person);
    if (!account) continue;
    claim(person, CASE);
    account.record.roleNames = [adminRoleFor(jasper.entry, 1).name];
    used.add(account);
    addIntegration(ctx, rng, jasper, account, 'Semrush', 'workspace', ['keyword-research', 'domain-analytics']);
    ctx.truth.expectAccount(CASE, account, CASE);
    return;
  }
}

interface Variant {
  appKey: string;
  name: string;
  scopes: string[];
  /** Finds (or makes) the authorizing account; null when this variant cannot be planted now. */
  author(app: AppState): AccountState | null;
}

export function plantIntegrationsLeftBehind(ctx: GenContext, rng: Rng, counts: Counts): void {
  const used = new Set<AccountState>();
  plantSemrush(ctx, rng, used);

  const leavers = rng.shuffle(ctx.persons.filter((p) => p.category === 'leaver-orphan'));
  const leaverAccount = (app: AppState): AccountState | null => {
    for (const person of leavers) {
      const existing = liveAccountOf(person, app);
      // Not an account another case is about (an app's only admin who left).
      if (existing && !used.has(existing) && existing.plantedAs === null) return existing;
      if (!existing && !app.emails.has(person.record.email) && seatRoom(app) >= 1) {
        const created = addMemberAccount(ctx, rng, app, person);
        return created;
      }
    }
    return null;
  };
  // GitHub lists only current members and open invitations: the author must still be an active member.
  const activeLeaverAccount = (app: AppState): AccountState | null => {
    for (const person of leavers) {
      const existing = liveAccountOf(person, app);
      if (existing && existing.record.status === 'active' && !used.has(existing) && existing.plantedAs === null) return existing;
    }
    return null;
  };
  const removedMember = (app: AppState): AccountState | null => {
    for (const person of rng.shuffle(freePeople(ctx, 120))) {
      const account = liveAccountOf(person, app);
      if (!account || !isPlainActive(account)) continue;
      claim(person, CASE);
      remove(ctx, rng, account, Date.parse(account.record.lastActiveAt ?? account.record.createdAt));
      return account;
    }
    return null;
  };
  const goneMember = (app: AppState): AccountState | null => {
    for (const person of rng.shuffle(ctx.persons.filter((p) => p.category === 'gone' && p.plantedAs === null))) {
      const account = goneAccount(ctx, rng, app, person);
      if (!account) continue;
      claim(person, CASE);
      return account;
    }
    return null;
  };

  const variants: Variant[] = [
    { appKey: 'jasper', name: 'SharePoint', scopes: ['Sites.Read.All', 'Files.Read'], author: leaverAccount },
    { appKey: 'jetstack-ai', name: 'HubSpot', scopes: ['content', 'oauth'], author: removedMember },
    { appKey: 'slack', name: 'Google Drive', scopes: ['files:read', 'links:write'], author: leaverAccount },
    { appKey: 'github', name: 'CircleCI', scopes: ['repo', 'read:org'], author: activeLeaverAccount },
    { appKey: 'notion', name: 'Zapier', scopes: ['read_content', 'insert_content'], author: leaverAccount },
    { appKey: 'jasper', name: 'SharePoint', scopes: ['Sites.Read.All', 'Files.Read'], author: goneMember },
  ];

  let planted = 0;
  let misses = 0;
  for (let i = 0; planted < counts.userIntegrationsLeftBehind && misses < variants.length; i += 1) {
    const variant = variants[i % variants.length];
    const app = variant ? appsByKey(ctx, variant.appKey)[0] : undefined;
    const account = variant && app ? variant.author(app) : null;
    if (!variant || !app || !account || used.has(account)) {
      misses += 1;
      continue;
    }
    misses = 0;
    used.add(account);
    addIntegration(ctx, rng, app, account, variant.name, 'user', variant.scopes);
    ctx.truth.expectAccount(CASE, account, CASE);
    planted += 1;
  }
}
