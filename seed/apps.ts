/**
 * App instances: creation from the specs, admins (minimum admins plus a spare, more in big apps),
 * plan choice once the seat count is known, business owner, purchased seats and SSO settings.
 */
import { APP_SPECS } from './app-specs.js';
import { addMemberAccount, holdsBilledSeat, isLive, seatsHeld } from './accounts.js';
import { appAdminRole, choosePlan, isAdminRoleName } from './catalog-rules.js';
import type { Rng } from './random.js';
import type { AccountState, AppState, GenContext, PersonState } from './state.js';

export function createApps(ctx: GenContext): void {
  for (const spec of APP_SPECS) {
    if (spec.minPeople > ctx.people) continue;
    const entry = ctx.catalog.get(spec.catalogKey);
    const plan = entry.plans.find((p) => p.name === entry.defaultPlan) ?? entry.plans[0];
    if (!plan) throw new Error(`catalog ${entry.key}: no plans`);
    ctx.apps.push({
      record: {
        id: `app-${spec.slug}`,
        name: spec.name,
        catalogKey: spec.catalogKey,
        plan: plan.name,
        ssoEnforced: false,
        scimEnabled: false,
        ownerPersonId: null,
        seatCapacity: {},
      },
      spec,
      entry,
      plan,
      accounts: [],
      emails: new Set(),
      plantedAs: null,
    });
  }
}

export function adminAccounts(app: AppState): AccountState[] {
  return app.accounts.filter((a) => isLive(a) && a.record.roleNames.some((name) => isAdminRoleName(app.entry, name)));
}

function preferredAdmin(app: AppState, person: PersonState): number {
  if (person.department === 'IT') return 0;
  if (app.spec.core.includes(person.department)) return 1;
  return person.isManager ? 2 : 3;
}

/**
 * Gives every app its minimum admins plus one spare (plus one per 400 members), all clean active
 * people, preferring IT and the app's core departments. The first admin holds the owner role when
 * the catalog has one (JetStack AI's single Owner, Slack's Primary Owner...).
 */
export function assignAdmins(ctx: GenContext, rng: Rng): void {
  for (const app of ctx.apps) {
    const appRng = rng.fork(`admins:${app.record.id}`);
    const members = app.accounts.filter((a) => isLive(a) && a.record.status === 'active' && a.person?.category === 'clean');
    const target = app.entry.minimumAdmins + 1 + Math.min(10, Math.floor(members.length / 400));
    const ranked = appRng
      .shuffle(members)
      .map((account) => ({ account, rank: account.person ? preferredAdmin(app, account.person) : 9 }))
      .sort((a, b) => a.rank - b.rank)
      .map((item) => item.account);
    const chosen = ranked.slice(0, target);
    if (chosen.length < target) {
      const outsiders = appRng
        .shuffle(ctx.persons.filter((p) => p.category === 'clean' && !app.emails.has(p.record.email)))
        .map((person) => ({ person, rank: preferredAdmin(app, person) }))
        .sort((a, b) => a.rank - b.rank);
      for (const { person } of outsiders) {
        if (chosen.length >= target) break;
        chosen.push(addMemberAccount(ctx, appRng, app, person));
      }
    }
    if (chosen.length < target) throw new Error(`seed: not enough clean people to administer ${app.record.name}`);
    chosen.forEach((account, i) => {
      account.record.roleNames = [appAdminRole(app.entry, app.spec.adminRole, i).name];
    });
  }
}

/** Picks each app's plan for its seats plus one spare (the planted cases check the room they need). */
export function choosePlans(ctx: GenContext): void {
  for (const app of ctx.apps) {
    app.plan = choosePlan(app.entry, app.spec.planPolicy, seatsHeld(app) + 1);
    app.record.plan = app.plan.name;
    app.record.ssoEnforced = app.plan.ssoAvailable;
    app.record.scimEnabled = app.plan.scimAvailable;
  }
}

/** Business owner: an active (clean) manager, from the app's core departments when possible. */
export function assignOwners(ctx: GenContext, rng: Rng): void {
  const managers = ctx.persons.filter((p) => p.category === 'clean' && p.isManager);
  for (const app of ctx.apps) {
    const core = managers.filter((p) => app.spec.core.includes(p.department));
    const pool = core.length > 0 ? core : managers;
    app.record.ownerPersonId = pool.length > 0 ? rng.fork(`owner:${app.record.id}`).pick(pool).record.id : null;
  }
}

/**
 * Purchased seats per seat type: what is held (billed seats, suspended ones included where they keep
 * their licence) plus ~10% headroom, within the plan's cap. Headroom on a paid seat type, in an app
 * not billed per active user, is an unassigned_seats finding.
 */
export function assignSeatCapacity(ctx: GenContext): void {
  for (const app of ctx.apps) {
    const held = new Map<string, number>(app.entry.seatTypes.map((s) => [s.name, 0]));
    for (const account of app.accounts) {
      if (holdsBilledSeat(account) && account.record.seatType !== null) {
        held.set(account.record.seatType, (held.get(account.record.seatType) ?? 0) + 1);
      }
    }
    const totalHeld = [...held.values()].reduce((a, b) => a + b, 0);
    const cap = app.plan.seatCap;
    if (cap !== null && totalHeld > cap) {
      throw new Error(`seed: ${app.record.name} holds ${totalHeld} seats, over the ${app.plan.name} cap of ${cap}`);
    }
    let spare = cap === null ? Number.POSITIVE_INFINITY : cap - totalHeld;
    let unassigned = false;
    const capacity: Record<string, number | null> = {};
    for (const seat of app.entry.seatTypes) {
      const n = held.get(seat.name) ?? 0;
      const headroom = Math.min(spare, Math.max(1, Math.ceil(n * 0.1)));
      capacity[seat.name] = n + headroom;
      spare -= headroom;
      if (headroom > 0 && seat.monthlyCost > 0 && app.entry.billingModel !== 'per_active_user') unassigned = true;
    }
    app.record.seatCapacity = capacity;
    if (unassigned) ctx.truth.expectApp('unassigned_seats', app);
  }
}
