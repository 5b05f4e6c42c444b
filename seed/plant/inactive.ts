/**
 * inactive_user: active accounts of active people whose last activity is long past the app's
 * threshold (120-400 days for the default 90), and accounts never used since they were created
 * long ago. Only apps with activity data whose export carries it (not Slack: users.list has none). Negative cases come from the roster: people on leave have
 * old activity and are not reported; apps without activity data never report anyone.
 */
import { firstDayMs } from '../accounts.js';
import { neverActiveCreatedRange, staleActivityRange } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import type { Rng } from '../random.js';
import type { GenContext } from '../state.js';
import { DAY_MS, HOUR_MS, between, daysAgo, iso } from '../time.js';
import { claim, freePeople, isPlainActive } from './helpers.js';

const CASE = 'inactive_user';

export function plantInactive(ctx: GenContext, rng: Rng, counts: Counts): void {
  const maxStale = Math.max(...ctx.apps.map((app) => staleActivityRange(app.entry)[1]), 0);
  const maxNever = Math.max(...ctx.apps.map((app) => neverActiveCreatedRange(app.entry)[1]), 0);
  const people = rng.shuffle(freePeople(ctx, Math.max(maxStale, maxNever) + 30));
  let stale = 0;
  let never = 0;
  for (const person of people) {
    if (stale >= counts.staleInactive && never >= counts.neverActive) break;
    const planting = stale < counts.staleInactive ? 'stale' : 'never';
    const accounts = person.accounts.filter(
      (a) =>
        a.app.entry.activityData &&
        a.app.spec.activityExported &&
        isPlainActive(a) &&
        !(planting === 'never' && a.app.spec.neverActiveReadsAsInvite),
    );
    if (accounts.length === 0) continue;
    const account = rng.pick(accounts);
    const { record } = account;
    if (planting === 'stale') {
      const [min, max] = staleActivityRange(account.app.entry);
      const lastActiveMs = daysAgo(rng, ctx.nowMs, min, max);
      record.lastActiveAt = iso(lastActiveMs);
      if (Date.parse(record.createdAt) >= lastActiveMs - DAY_MS) {
        record.createdAt = iso(between(rng, firstDayMs(person), lastActiveMs - DAY_MS));
      }
      claim(person, `${CASE}:stale`);
      ctx.truth.expectAccount(CASE, account, `${CASE}:stale`);
      stale += 1;
    } else {
      const [min, max] = neverActiveCreatedRange(account.app.entry);
      record.lastActiveAt = null;
      record.createdAt = iso(Math.max(firstDayMs(person) + HOUR_MS, daysAgo(rng, ctx.nowMs, min, max)));
      claim(person, `${CASE}:never`);
      ctx.truth.expectAccount(CASE, account, `${CASE}:never`);
      never += 1;
    }
  }
}
