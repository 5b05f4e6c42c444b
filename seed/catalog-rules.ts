/**
 * What the generator reads from the app catalog: role and seat choices, activity windows and plan
 * choice. Nothing here names a vendor's role or plan; it is all looked up in the catalog entry.
 */
import type { CatalogEntry, CatalogPlan, CatalogRole, CatalogSeatType } from '../server/catalog/catalog.types.js';
import { ADMIN_PRIVILEGES } from '../server/catalog/privilege.js';
import type { PlanPolicy } from './app-specs.js';

/** The global inactivity default the findings README uses when the catalog gives none. */
export const DEFAULT_INACTIVITY_DAYS = 90;

export function isAdminPrivilege(role: CatalogRole): boolean {
  return (ADMIN_PRIVILEGES as readonly string[]).includes(role.privilege);
}

export function isAdminRoleName(entry: CatalogEntry, name: string): boolean {
  return entry.roles.some((role) => role.name === name && isAdminPrivilege(role));
}

export function standardRole(entry: CatalogEntry): CatalogRole {
  const role = entry.roles.find((r) => r.privilege === 'standard') ?? entry.roles.find((r) => r.privilege === 'viewer');
  if (!role) throw new Error(`catalog ${entry.key}: no standard or viewer role to give ordinary users`);
  return role;
}

/** A viewer role that has a seat type of the same name (e.g. a free "Basic" seat), if the catalog has one. */
export function viewerPairing(entry: CatalogEntry): { role: CatalogRole; seat: CatalogSeatType } | null {
  for (const role of entry.roles) {
    if (role.privilege !== 'viewer') continue;
    const seat = entry.seatTypes.find((s) => s.name === role.name);
    if (seat) return { role, seat };
  }
  return null;
}

/** A non-admin role meant for guests (name mentions "guest"), if any. */
export function guestRole(entry: CatalogEntry): CatalogRole | null {
  return entry.roles.find((r) => !isAdminPrivilege(r) && /guest/i.test(r.name)) ?? null;
}

export function defaultSeat(entry: CatalogEntry): CatalogSeatType {
  const seat = entry.seatTypes.find((s) => s.isDefault) ?? entry.seatTypes[0];
  if (!seat) throw new Error(`catalog ${entry.key}: no seat types`);
  return seat;
}

/** The most expensive seat type dearer than the default (Builder, Full...), for power users. */
export function premiumSeat(entry: CatalogEntry): CatalogSeatType | null {
  const base = defaultSeat(entry);
  const dearer = entry.seatTypes.filter((s) => s.monthlyCost > base.monthlyCost);
  dearer.sort((a, b) => b.monthlyCost - a.monthlyCost);
  return dearer[0] ?? null;
}

/** Seat for a guest: the seat named like the guest role, else one mentioning "guest", else the default. */
export function guestSeat(entry: CatalogEntry, role: CatalogRole | null): CatalogSeatType {
  return (
    (role ? entry.seatTypes.find((s) => s.name === role.name) : undefined) ??
    entry.seatTypes.find((s) => /guest/i.test(s.name)) ??
    defaultSeat(entry)
  );
}

/**
 * The role for the i-th admin of an app: the first owner-privilege role for the first admin (the
 * app's one owner where the catalog has one), the first admin-privilege role for the rest, or an
 * owner role that allows more holders when the catalog has no admin role.
 */
export function adminRoleFor(entry: CatalogEntry, index: number): CatalogRole {
  const owners = entry.roles.filter((r) => r.privilege === 'owner');
  const admin = entry.roles.find((r) => r.privilege === 'admin');
  const firstOwner = owners[0];
  if (index === 0 && firstOwner) return firstOwner;
  if (admin) return admin;
  const roomy = owners.find((r) => r.maxHolders === undefined || r.maxHolders > index);
  if (roomy) return roomy;
  throw new Error(`catalog ${entry.key}: no role can hold admin number ${index + 1}`);
}

/** adminRoleFor, unless the app's spec names the one role all its admins hold. */
export function appAdminRole(entry: CatalogEntry, adminRole: string | null, index: number): CatalogRole {
  if (adminRole === null) return adminRoleFor(entry, index);
  const role = entry.roles.find((r) => r.name === adminRole && isAdminPrivilege(r));
  if (!role) throw new Error(`catalog ${entry.key}: no admin role named ${adminRole}`);
  return role;
}

export function inactivityDays(entry: CatalogEntry): number {
  return entry.inactivityDays ?? DEFAULT_INACTIVITY_DAYS;
}

/** Clean accounts were active within this many days: well inside any inactivity threshold. */
export function cleanActivityDays(entry: CatalogEntry): number {
  return Math.max(1, Math.min(45, Math.floor(inactivityDays(entry) / 2)));
}

/** Planted stale activity: well past the threshold (120-400 days for the default 90). */
export function staleActivityRange(entry: CatalogEntry): [number, number] {
  const days = inactivityDays(entry);
  const min = Math.max(120, Math.ceil(days * 1.5));
  return [min, Math.max(400, min + 90)];
}

/**
 * Planted never-active accounts: created at least twice the inactivity threshold ago, so they are
 * past the README's 30 days and past any per-app threshold too.
 */
export function neverActiveCreatedRange(entry: CatalogEntry): [number, number] {
  const min = Math.max(60, 2 * inactivityDays(entry));
  return [min, min + 90];
}

/** Pending-invite ages: fresh is well inside the expiry, expired is at least twice the expiry. */
export function freshInviteDays(entry: CatalogEntry): [number, number] {
  const expiry = entry.inviteExpiryDays;
  return [1, expiry === null ? 5 : Math.max(1, Math.min(5, Math.floor(expiry / 2)))];
}

export function oldInviteDays(entry: CatalogEntry): [number, number] {
  const expiry = entry.inviteExpiryDays;
  return expiry === null ? [30, 120] : [2 * expiry, 2 * expiry + 60];
}

function fits(plan: CatalogPlan, seats: number): boolean {
  return plan.seatCap === null || plan.seatCap >= seats;
}

/**
 * Picks the plan for an app that needs `seats` purchased seats. Plans are tried from the catalog's
 * default plan onwards (then the ones before it); `sso` additionally wants SSO available.
 */
export function choosePlan(entry: CatalogEntry, policy: PlanPolicy, seats: number): CatalogPlan {
  const start = Math.max(
    0,
    entry.plans.findIndex((p) => p.name === entry.defaultPlan),
  );
  const ordered = [...entry.plans.slice(start), ...entry.plans.slice(0, start).reverse()];
  const fitting = ordered.filter((p) => fits(p, seats));
  const chosen = (policy === 'sso' ? fitting.find((p) => p.ssoAvailable) : undefined) ?? fitting[0];
  if (!chosen) throw new Error(`catalog ${entry.key}: no plan fits ${seats} seats`);
  return chosen;
}
