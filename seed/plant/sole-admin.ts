/**
 * sole_admin: Jasper keeps exactly one effective admin (its other admin is on leave, which does not
 * count); another app's only admin is a recently terminated person (zero effective admins, and that
 * admin account is an orphaned_account too). Larger organizations get more such apps, alternating.
 */
import { addMemberAccount, liveAccountOf, seatRoom } from '../accounts.js';
import { adminAccounts } from '../apps.js';
import { appAdminRole, standardRole } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import type { Rng } from '../random.js';
import type { AccountState, AppState, GenContext, PersonState } from '../state.js';
import { appsByKey } from './helpers.js';

const CASE = 'sole_admin';

/** Admins with the owner role first, so the one kept is the app's owner where there is one. */
function ownerFirst(app: AppState): AccountState[] {
  const ownerNames = new Set(app.entry.roles.filter((r) => r.privilege === 'owner').map((r) => r.name));
  const admins = adminAccounts(app);
  return [
    ...admins.filter((a) => a.record.roleNames.some((n) => ownerNames.has(n))),
    ...admins.filter((a) => !a.record.roleNames.some((n) => ownerNames.has(n))),
  ];
}

function demote(app: AppState, accounts: AccountState[]): void {
  for (const account of accounts) account.record.roleNames = [standardRole(app.entry).name];
}

/** A live account of `person` in `app`, creating one when the plan has room. */
function accountFor(ctx: GenContext, rng: Rng, app: AppState, person: PersonState): AccountState | null {
  const existing = liveAccountOf(person, app);
  if (existing) return existing;
  if (app.emails.has(person.record.email) || seatRoom(app) < 1) return null;
  return addMemberAccount(ctx, rng, app, person);
}

/** Keeps minimumAdmins - 1 effective admins and adds an admin who is on leave. */
function plantOneEffective(ctx: GenContext, rng: Rng, app: AppState): boolean {
  const admins = ownerFirst(app);
  const keep = Math.max(0, app.entry.minimumAdmins - 1);
  const onLeave = rng.shuffle(ctx.persons.filter((p) => p.category === 'leave'));
  let leaveAdmin: AccountState | null = null;
  for (const person of onLeave) {
    leaveAdmin = accountFor(ctx, rng, app, person);
    if (leaveAdmin) break;
  }
  demote(app, admins.slice(keep));
  for (const kept of admins.slice(0, keep)) kept.plantedAs = CASE;
  if (leaveAdmin) {
    leaveAdmin.record.roleNames = [appAdminRole(app.entry, app.spec.adminRole, Math.max(1, keep)).name];
    leaveAdmin.plantedAs = CASE;
  }
  ctx.truth.expectSoleAdmin(app, `${CASE}:one`);
  return true;
}

/** Makes a recently terminated person (accounts left active) the app's only admin. */
function plantZeroEffective(ctx: GenContext, rng: Rng, app: AppState, leavers: PersonState[]): boolean {
  for (const leaver of leavers) {
    const account = accountFor(ctx, rng, app, leaver);
    if (!account) continue;
    demote(app, ownerFirst(app));
    account.record.status = 'active';
    account.record.roleNames = [appAdminRole(app.entry, app.spec.adminRole, 0).name];
    account.plantedAs = CASE;
    ctx.truth.expectSoleAdmin(app, `${CASE}:zero`);
    ctx.truth.hardCase({
      case: 'sole_admin_left',
      app,
      account,
      person: leaver,
      method: { auto: 'exact_email' },
      findings: ['orphaned_account'],
      appFindings: ['sole_admin'],
      expect: `The only admin of ${app.record.name}, ${leaver.record.displayName}, left on ${leaver.record.endDate ?? ''}: sole_admin with zero effective admins (critical), and the admin account is orphaned_account (critical)`,
    });
    return true;
  }
  return false;
}

/** Rotates `items` so that index `by` comes first. */
function rotate<T>(items: T[], by: number): T[] {
  if (items.length === 0) return items;
  const k = by % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

export function plantSoleAdmins(ctx: GenContext, rng: Rng, counts: Counts): void {
  const jasper = appsByKey(ctx, 'jasper')[0];
  if (jasper) plantOneEffective(ctx, rng, jasper);
  const leavers = rng.shuffle(ctx.persons.filter((p) => p.category === 'leaver-orphan'));
  const candidates = rng.shuffle(ctx.apps.filter((app) => app.plantedAs === null && app !== jasper));
  const wanted = 1 + counts.extraSoleAdminApps;
  let planted = 0;
  for (const app of candidates) {
    if (planted >= wanted) break;
    // Zero and one effective admin alternate; zero-admin apps go to different leavers where possible.
    const ok = planted % 2 === 0 ? plantZeroEffective(ctx, rng, app, rotate(leavers, planted)) : plantOneEffective(ctx, rng, app);
    if (ok) planted += 1;
  }
}
