/**
 * pending_invite: invitations in apps whose invites hold a seat (Jasper, Atlassian, Jestor...), some
 * fresh (1-5 days), some long past the app's expiry. Negative cases: invitations in apps whose
 * invites hold no seat (Slack, JetStack AI...), fresh and expired alike, are not findings.
 */
import type { CatalogEntry } from '../../server/catalog/catalog.types.js';
import { addAccount, seatRoom } from '../accounts.js';
import { defaultSeat, freshInviteDays, oldInviteDays, standardRole } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import type { Rng } from '../random.js';
import type { AppState, GenContext, PersonState } from '../state.js';
import { daysAgo } from '../time.js';
import { claim, freePeople } from './helpers.js';

const CASE = 'pending_invite';

function invite(ctx: GenContext, rng: Rng, app: AppState, person: PersonState, ageDays: [number, number], plantedAs: string) {
  const invitedMs = daysAgo(rng, ctx.nowMs, ageDays[0], ageDays[1]);
  return addAccount(ctx, app, {
    person,
    email: person.record.email,
    displayName: person.record.displayName,
    status: 'invited',
    createdMs: invitedMs,
    lastActiveMs: null,
    invitedMs,
    roleNames: [standardRole(app.entry).name],
    seatType: defaultSeat(app.entry).name,
    sso: false,
    plantedAs,
  });
}

/** Plants `count` invitations over `apps` (round robin), each to a different person new to the app. */
function plantInvites(
  ctx: GenContext,
  rng: Rng,
  apps: AppState[],
  count: number,
  ages: (entry: CatalogEntry) => [number, number],
  plantedAs: string,
  expect: boolean,
): void {
  if (apps.length === 0) return;
  let planted = 0;
  let misses = 0;
  const order = rng.shuffle(apps);
  for (let i = 0; planted < count && misses < order.length; i += 1) {
    const app = order[i % order.length];
    if (!app) break;
    const age = ages(app.entry);
    const person = rng.shuffle(freePeople(ctx, age[1] + 10)).find((p) => !app.emails.has(p.record.email));
    if (!person || (app.entry.invitesConsumeSeat && seatRoom(app) < 1)) {
      misses += 1;
      continue;
    }
    misses = 0;
    claim(person, plantedAs);
    const account = invite(ctx, rng, app, person, age, plantedAs);
    if (expect) ctx.truth.expectAccount(CASE, account, plantedAs);
    planted += 1;
  }
}

export function plantPendingInvites(ctx: GenContext, rng: Rng, counts: Counts): void {
  // Only apps whose exports have a word for an invite (Salesforce and Google Workspace create users outright).
  const invitable = ctx.apps.filter((app) => Object.values(app.entry.statusWords).includes('invited'));
  const holding = invitable.filter((app) => app.entry.invitesConsumeSeat);
  const notHolding = invitable.filter((app) => !app.entry.invitesConsumeSeat);
  // Expired invites go first to apps that document an expiry (past it twice over), then to the rest (30-120 days old).
  const withExpiry = holding.filter((app) => app.entry.inviteExpiryDays !== null);
  plantInvites(ctx, rng, holding, counts.pendingFresh, freshInviteDays, `${CASE}:fresh`, true);
  plantInvites(ctx, rng, withExpiry.length > 0 ? withExpiry : holding, counts.pendingExpired, oldInviteDays, `${CASE}:expired`, true);
  const half = Math.ceil(counts.invitesWithoutSeat / 2);
  plantInvites(ctx, rng, notHolding, half, freshInviteDays, 'negative:invite-without-seat:fresh', false);
  plantInvites(ctx, rng, notHolding, counts.invitesWithoutSeat - half + 1, oldInviteDays, 'negative:invite-without-seat:expired', false);
}
