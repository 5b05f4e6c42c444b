/**
 * external_account: guests from partner domains. Active guests (nobody in HR owns them, so they
 * are orphaned_account too) in apps with a guest role, and invited guests in apps whose invites
 * hold no seat (external only).
 */
import { addAccount, seatRoom } from '../accounts.js';
import { freshInviteDays, guestRole, guestSeat, standardRole } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import { EXTERNAL_FIRST_NAMES, EXTERNAL_LAST_NAMES, PARTNER_DOMAINS, emailWord } from '../names.js';
import type { Rng } from '../random.js';
import type { AppState, GenContext } from '../state.js';
import { DAY_MS, HOUR_MS, between, daysAgo } from '../time.js';
import { unplantedApps } from './helpers.js';

const CASE = 'external_account';

function guestAddress(rng: Rng, first: boolean): { email: string; displayName: string } {
  const firstName = first ? 'Sam' : rng.pick(EXTERNAL_FIRST_NAMES);
  const lastName = rng.pick(EXTERNAL_LAST_NAMES);
  const domain = first ? 'northwind-agency.com' : rng.pick(PARTNER_DOMAINS);
  const local = first ? emailWord(firstName) : `${emailWord(firstName)}.${emailWord(lastName)}`;
  return { email: `${local}@${domain}`, displayName: `${firstName} ${lastName}` };
}

function addGuest(ctx: GenContext, rng: Rng, app: AppState, first: boolean, status: 'active' | 'invited') {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { email, displayName } = guestAddress(rng, first && attempt === 0);
    if (app.emails.has(email)) continue;
    const role = guestRole(app.entry) ?? standardRole(app.entry);
    const seat = guestSeat(app.entry, guestRole(app.entry));
    if (status === 'active') {
      return addAccount(ctx, app, {
        person: null,
        email,
        displayName,
        status,
        createdMs: daysAgo(rng, ctx.nowMs, 30, 300),
        lastActiveMs: between(rng, ctx.nowMs - 7 * DAY_MS, ctx.nowMs - HOUR_MS),
        roleNames: [role.name],
        seatType: seat.name,
        sso: false,
        plantedAs: CASE,
      });
    }
    const [min, max] = freshInviteDays(app.entry);
    const invitedMs = daysAgo(rng, ctx.nowMs, min, max);
    return addAccount(ctx, app, {
      person: null,
      email,
      displayName,
      status,
      createdMs: invitedMs,
      lastActiveMs: null,
      invitedMs,
      roleNames: [role.name],
      seatType: seat.name,
      sso: false,
      plantedAs: CASE,
    });
  }
  return null;
}

export function plantExternals(ctx: GenContext, rng: Rng, counts: Counts): void {
  const apps = unplantedApps(ctx);
  const withGuests = apps.filter((app) => guestRole(app.entry) !== null);
  const activeApps = rng.shuffle(withGuests.length > 0 ? withGuests : apps);
  for (let i = 0; i < counts.externalActive && activeApps.length > 0; i += 1) {
    const app = activeApps[i % activeApps.length];
    const account = app && seatRoom(app) >= 1 ? addGuest(ctx, rng, app, i === 0, 'active') : null;
    if (!account) continue;
    ctx.truth.expectAccount(CASE, account, CASE);
    ctx.truth.expectAccount('orphaned_account', account, CASE);
  }
  const noSeatInvites = apps.filter((app) => !app.entry.invitesConsumeSeat);
  for (let i = 0; i < counts.externalInvited && noSeatInvites.length > 0; i += 1) {
    const app = rng.pick(noSeatInvites);
    const account = addGuest(ctx, rng, app, false, 'invited');
    if (account) ctx.truth.expectAccount(CASE, account, CASE);
  }
}
