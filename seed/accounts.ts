/**
 * App accounts: the helper every stage uses to add one, the seat and activity rules, and the
 * baseline population (who has an account where, by department affinity and HR status).
 */
import type { AccountStatus } from '../server/catalog/catalog.types.js';
import { affinityOf } from './app-specs.js';
import { cleanActivityDays, defaultSeat, premiumSeat, standardRole, viewerPairing } from './catalog-rules.js';
import type { AccountKind, AccountRecord } from './org.types.js';
import type { Rng } from './random.js';
import type { AccountState, AppState, GenContext, PersonState } from './state.js';
import { DAY_MS, HOUR_MS, between, iso } from './time.js';

export interface NewAccount {
  person: PersonState | null;
  email: string;
  displayName: string;
  status: AccountStatus;
  createdMs: number;
  lastActiveMs: number | null;
  invitedMs?: number | null;
  removedMs?: number | null;
  roleNames: string[];
  seatType: string | null;
  sso: boolean;
  plantedAs?: string | null;
  kind?: AccountKind;
}

export function usernameFor(app: AppState, email: string): string {
  const local = email.slice(0, email.indexOf('@'));
  return app.entry.key === 'github' ? local.replace(/\./g, '-') : local;
}

export function addAccount(ctx: GenContext, app: AppState, init: NewAccount): AccountState {
  const email = init.email.toLowerCase();
  if (app.emails.has(email)) throw new Error(`seed: ${app.record.name} already has an account for ${email}`);
  ctx.nextAccountId += 1;
  const record: AccountRecord = {
    id: `acct-${String(ctx.nextAccountId).padStart(7, '0')}`,
    appId: app.record.id,
    email,
    username: usernameFor(app, email),
    displayName: init.displayName,
    status: init.status,
    kind: init.kind ?? 'human',
    createdAt: iso(init.createdMs),
    invitedAt: init.invitedMs === undefined || init.invitedMs === null ? null : iso(init.invitedMs),
    lastActiveAt: app.entry.activityData && init.lastActiveMs !== null ? iso(init.lastActiveMs) : null,
    roleNames: init.roleNames,
    seatType: init.seatType,
    identityLogin: null,
    removedAt: init.removedMs === undefined || init.removedMs === null ? null : iso(init.removedMs),
  };
  const account: AccountState = { record, app, person: init.person, sso: init.sso, plantedAs: init.plantedAs ?? null };
  app.accounts.push(account);
  app.emails.add(email);
  init.person?.accounts.push(account);
  return account;
}

/**
 * Gives an account another address (a planted variant of its owner's email). `exportEmail` is how
 * the vendor export writes it when that differs from the stored, lower-case address.
 */
export function changeEmail(account: AccountState, email: string, exportEmail?: string): void {
  const lower = email.toLowerCase();
  const { app } = account;
  if (lower !== account.record.email && app.emails.has(lower))
    throw new Error(`seed: ${app.record.name} already has an account for ${lower}`);
  app.emails.delete(account.record.email);
  app.emails.add(lower);
  account.record.email = lower;
  account.record.username = usernameFor(app, lower);
  if (exportEmail !== undefined && exportEmail !== lower) account.record.exportEmail = exportEmail;
  else delete account.record.exportEmail;
}

export function isLive(account: AccountState): boolean {
  return account.record.removedAt === null;
}

/** README: uses a seat type and is active, or is invited in an app whose invites consume a seat. */
export function holdsSeat(account: AccountState): boolean {
  const { record } = account;
  if (record.removedAt !== null || record.seatType === null) return false;
  return record.status === 'active' || (record.status === 'invited' && account.app.entry.invitesConsumeSeat);
}

/** Holds a seat the vendor bills: as holdsSeat, plus suspended accounts where suspending keeps the licence. */
export function holdsBilledSeat(account: AccountState): boolean {
  const { record } = account;
  if (holdsSeat(account)) return true;
  return record.removedAt === null && record.seatType !== null && record.status === 'suspended' && account.app.entry.suspendedHoldsSeat;
}

export function seatsHeld(app: AppState): number {
  return app.accounts.reduce((n, account) => n + (holdsSeat(account) ? 1 : 0), 0);
}

/** Seats still purchasable under the app's plan cap (Infinity when the plan has no cap). */
export function seatRoom(app: AppState): number {
  return app.plan.seatCap === null ? Number.POSITIVE_INFINITY : app.plan.seatCap - seatsHeld(app);
}

export function liveAccountOf(person: PersonState, app: AppState): AccountState | undefined {
  return person.accounts.find((a) => a.app === app && isLive(a));
}

/** Earliest moment a person's account can exist: 09:00 on their first day. */
export function firstDayMs(person: PersonState): number {
  return person.startMs + 9 * HOUR_MS;
}

/** Created at onboarding most of the time, else some time between the first day and `latest`. */
export function createdBetween(rng: Rng, person: PersonState, latestMs: number): number {
  const earliest = firstDayMs(person);
  const onboardingEnd = Math.min(latestMs, earliest + 14 * DAY_MS);
  return rng.chance(0.6) ? between(rng, earliest, onboardingEnd) : between(rng, earliest, latestMs);
}

/**
 * Activity of an account used normally up to `untilMs`: last active within `spreadDays` before it,
 * and never outside the app's clean window measured from now.
 */
export function activeTimes(
  ctx: GenContext,
  rng: Rng,
  app: AppState,
  person: PersonState,
  untilMs: number,
  spreadDays: number,
): { createdMs: number; lastActiveMs: number | null } {
  const earliest = firstDayMs(person);
  if (!app.entry.activityData) {
    return { createdMs: createdBetween(rng, person, Math.min(untilMs, ctx.nowMs - DAY_MS)), lastActiveMs: null };
  }
  const window = cleanActivityDays(app.entry) * DAY_MS;
  const hi = untilMs - 10 * 60_000;
  const lo = Math.max(earliest + HOUR_MS, ctx.nowMs - window + HOUR_MS, untilMs - spreadDays * DAY_MS);
  const lastActiveMs = between(rng, Math.min(lo, hi), hi);
  return { createdMs: createdBetween(rng, person, lastActiveMs - HOUR_MS), lastActiveMs };
}

/** A normal user's activity: mostly within the last week, some up to the clean window. */
export function cleanTimes(
  ctx: GenContext,
  rng: Rng,
  app: AppState,
  person: PersonState,
): { createdMs: number; lastActiveMs: number | null } {
  return activeTimes(ctx, rng, app, person, ctx.nowMs, rng.chance(0.8) ? 7 : cleanActivityDays(app.entry));
}

/** Normal seat and role for a member of `app`. */
function memberRoleAndSeat(rng: Rng, app: AppState, person: PersonState): { roleNames: string[]; seatType: string } {
  const core = app.spec.core.includes(person.department);
  const premium = app.spec.premiumSeats ? premiumSeat(app.entry) : null;
  if (premium && rng.chance(core ? 0.6 : 0.05)) {
    return { roleNames: [standardRole(app.entry).name], seatType: premium.name };
  }
  const viewer = viewerPairing(app.entry);
  if (viewer && !core && rng.chance(0.15)) return { roleNames: [viewer.role.name], seatType: viewer.seat.name };
  return { roleNames: [standardRole(app.entry).name], seatType: defaultSeat(app.entry).name };
}

/** The account a person would have in `app` given their HR status (before any planted change). */
export function addMemberAccount(ctx: GenContext, rng: Rng, app: AppState, person: PersonState): AccountState {
  const { roleNames, seatType } = memberRoleAndSeat(rng, app, person);
  const base = { person, email: person.record.email, displayName: person.record.displayName, roleNames, seatType, sso: true };
  switch (person.category) {
    case 'clean': {
      return addAccount(ctx, app, { ...base, status: 'active', ...cleanTimes(ctx, rng, app, person) });
    }
    case 'leave': {
      const since = person.leaveSinceMs ?? ctx.nowMs;
      const lastActiveMs = between(rng, since - 20 * DAY_MS, since - HOUR_MS);
      return addAccount(ctx, app, {
        ...base,
        status: 'active',
        createdMs: createdBetween(rng, person, lastActiveMs - HOUR_MS),
        lastActiveMs,
      });
    }
    case 'suspended': {
      const times = activeTimes(ctx, rng, app, person, person.suspendedSinceMs ?? ctx.nowMs, 5);
      return addAccount(ctx, app, { ...base, status: 'active', ...times });
    }
    case 'leaver-orphan': {
      const times = activeTimes(ctx, rng, app, person, person.endMs ?? ctx.nowMs, 5);
      const status: AccountStatus = rng.chance(0.75) ? 'active' : 'deactivated';
      return addAccount(ctx, app, { ...base, status, ...times });
    }
    case 'leaver-clean':
    case 'gone': {
      // Offboarded: removed from the app, deactivated, or suspended where the vendor has that state.
      const end = person.endMs ?? ctx.nowMs;
      const lastActiveMs = between(rng, Math.max(firstDayMs(person) + DAY_MS, end - 30 * DAY_MS), end - HOUR_MS);
      const removedMs = rng.chance(0.5) ? Math.min(ctx.nowMs - HOUR_MS, between(rng, end + DAY_MS, end + 30 * DAY_MS)) : null;
      const canSuspend = Object.values(app.entry.statusWords).includes('suspended');
      const status: AccountStatus = removedMs === null && canSuspend && rng.chance(0.4) ? 'suspended' : 'deactivated';
      return addAccount(ctx, app, {
        ...base,
        status,
        createdMs: createdBetween(rng, person, lastActiveMs - HOUR_MS),
        lastActiveMs,
        removedMs,
      });
    }
    case 'future':
      throw new Error(`seed: future hire ${person.record.email} gets no accounts`);
    case 'rehire-former':
      throw new Error(`seed: ${person.record.employeeId} is a rehire's earlier record; the accounts are the current record's`);
  }
}

/** Baseline: every person (except future hires) gets accounts by their department's affinity. */
export function addBaselineAccounts(ctx: GenContext, rng: Rng): void {
  for (const app of ctx.apps) {
    const appRng = rng.fork(`baseline:${app.record.id}`);
    for (const person of ctx.persons) {
      if (person.category === 'future' || person.category === 'rehire-former') continue;
      if (appRng.chance(affinityOf(app.spec, person.department))) addMemberAccount(ctx, appRng, app, person);
    }
  }
  // Every leaver with live accounts keeps at least one active account (that is the planted case).
  for (const person of ctx.persons) {
    if (person.category !== 'leaver-orphan') continue;
    if (person.accounts.some((a) => a.record.status === 'active')) continue;
    const first = person.accounts[0];
    if (first) first.record.status = 'active';
    else {
      const app = ctx.apps[0];
      if (app) addMemberAccount(ctx, rng, app, person).record.status = 'active';
    }
  }
}
