/** Shared helpers for the planted cases: picking people, apps and accounts that no other case uses. */
import { isLive } from '../accounts.js';
import { isAdminRoleName } from '../catalog-rules.js';
import type { Rng } from '../random.js';
import type { AccountState, AppState, GenContext, PersonState } from '../state.js';
import { DAY_MS } from '../time.js';

/** Clean active people not yet used by any planted case, who started at least `minTenureDays` ago. */
export function freePeople(ctx: GenContext, minTenureDays = 0): PersonState[] {
  const latestStart = ctx.nowMs - minTenureDays * DAY_MS;
  return ctx.persons.filter((p) => p.category === 'clean' && p.plantedAs === null && p.startMs <= latestStart);
}

export function claim(person: PersonState, plantedAs: string): PersonState {
  person.plantedAs = plantedAs;
  return person;
}

export function isAdminAccount(account: AccountState): boolean {
  return account.record.roleNames.some((name) => isAdminRoleName(account.app.entry, name));
}

/** Live, active, not an admin, not part of any planted case. */
export function isPlainActive(account: AccountState): boolean {
  return isLive(account) && account.record.status === 'active' && account.plantedAs === null && !isAdminAccount(account);
}

/** Apps not used by a sole-admin case. */
export function unplantedApps(ctx: GenContext): AppState[] {
  return ctx.apps.filter((app) => app.plantedAs === null);
}

/** Takes items round-robin from groups, so cases spread across apps. */
export function roundRobin<T>(rng: Rng, groups: T[][], count: number): T[] {
  const queues = rng.shuffle(groups.filter((g) => g.length > 0)).map((g) => rng.shuffle(g));
  const out: T[] = [];
  while (out.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const item = queue.shift();
      if (item !== undefined) out.push(item);
      if (out.length >= count) break;
    }
  }
  return out;
}

export function appsByKey(ctx: GenContext, key: string): AppState[] {
  return ctx.apps.filter((app) => app.entry.key === key);
}
