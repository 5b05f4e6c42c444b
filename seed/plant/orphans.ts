/**
 * orphaned_account (accounts nobody owns): active accounts whose email matches no one in HR and
 * that sign in with no identity, e.g. "former.contractor@acme.com". At least one is on the alias
 * domain acme.io: it is the organization's own domain, so it is not external, but it is orphaned.
 * (Leavers' and suspended people's accounts are recorded in leavers.ts.)
 */
import { addAccount, seatRoom } from '../accounts.js';
import { defaultSeat, standardRole } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import { emailWord, LAST_NAMES, ORPHAN_WORDS } from '../names.js';
import type { Rng } from '../random.js';
import { ALIAS_DOMAIN, PRIMARY_DOMAIN, type GenContext } from '../state.js';
import { DAY_MS, HOUR_MS, between, daysAgo } from '../time.js';
import { unplantedApps } from './helpers.js';

const CASE = 'orphaned_account';

function capitalize(word: string): string {
  return word.slice(0, 1).toUpperCase() + word.slice(1);
}

/** Local part, domain and display name of the i-th orphan. */
function orphanAddress(rng: Rng, i: number): { local: string; domain: string; displayName: string } {
  if (i === 0) return { local: 'former.contractor', domain: PRIMARY_DOMAIN, displayName: 'Former Contractor' };
  if (i === 1) {
    const word = rng.pick(ORPHAN_WORDS);
    return { local: `${word}.team`, domain: ALIAS_DOMAIN, displayName: `${capitalize(word)} Team` };
  }
  if (i % 3 === 0) {
    const word = rng.pick(ORPHAN_WORDS);
    return {
      local: `${word}.temp${rng.int(1, 99)}`,
      domain: rng.chance(0.3) ? ALIAS_DOMAIN : PRIMARY_DOMAIN,
      displayName: `Temp ${capitalize(word)}`,
    };
  }
  const last = emailWord(rng.pick(LAST_NAMES));
  return { local: `contractor.${last}${rng.int(1, 99)}`, domain: PRIMARY_DOMAIN, displayName: `Contractor (${capitalize(last)})` };
}

export function plantUnknownOrphans(ctx: GenContext, rng: Rng, counts: Counts): void {
  const apps = unplantedApps(ctx);
  if (apps.length === 0) return;
  let planted = 0;
  for (let attempt = 0; planted < counts.unknownOrphans && attempt < counts.unknownOrphans * 20; attempt += 1) {
    const { local, domain, displayName } = orphanAddress(rng, planted);
    // The local part must not be anyone's address on either org domain (the alias maps to the primary).
    if (ctx.usedLocalParts.has(local)) continue;
    const app = rng.pick(apps);
    const email = `${local}@${domain}`;
    if (app.emails.has(email) || seatRoom(app) < 1) continue;
    ctx.usedLocalParts.add(local);
    const createdMs = daysAgo(rng, ctx.nowMs, 60, 400);
    const account = addAccount(ctx, app, {
      person: null,
      email,
      displayName,
      status: 'active',
      createdMs,
      lastActiveMs: between(rng, ctx.nowMs - 7 * DAY_MS, ctx.nowMs - HOUR_MS),
      roleNames: [standardRole(app.entry).name],
      seatType: defaultSeat(app.entry).name,
      sso: false,
      plantedAs: CASE,
    });
    ctx.truth.expectAccount(CASE, account, `${CASE}:unknown`);
    planted += 1;
  }
}
