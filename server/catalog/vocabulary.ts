/**
 * The customer's words for roles, seat types, plans and account states. A word is matched to the
 * app's catalog entry (ignoring case and spacing, through aliases); a word the catalog does not
 * know is kept as the vendor wrote it, with what Attest can infer from it. The catalog gives
 * defaults, it never refuses a word.
 */
import type { AccountStatus, CatalogEntry, CatalogPlan, CatalogRole, CatalogSeatType, Privilege } from './catalog.types.js';

/** Where a role's privilege comes from: the catalog, a guess from the role's name, or a person who set it. */
export const PRIVILEGE_SOURCES = ['catalog', 'inferred', 'confirmed'] as const;
export type PrivilegeSource = (typeof PRIVILEGE_SOURCES)[number];

/** Where a seat type's cost comes from: the catalog, the app's default seat (assumed), nowhere yet (unknown), or a person. */
export const SEAT_COST_SOURCES = ['catalog', 'assumed', 'unknown', 'confirmed'] as const;
export type SeatCostSource = (typeof SEAT_COST_SOURCES)[number];

/** The seat type accounts of an app outside the catalog hold when the source names none. */
export const UNCATALOGED_SEAT = 'Seat';

/** The form words are compared in: trimmed, inner spacing collapsed, lower case. */
export function vocabularyKey(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The vendor's word as it is kept: trimmed, inner spacing collapsed, case as written. */
export function cleanWord(word: string): string {
  return word.trim().replace(/\s+/g, ' ');
}

function named<T extends { name: string; aliases?: string[] }>(items: readonly T[], word: string): T | undefined {
  const key = vocabularyKey(word);
  return (
    items.find((item) => vocabularyKey(item.name) === key) ??
    items.find((item) => item.aliases?.some((alias) => vocabularyKey(alias) === key))
  );
}

export function findRole(entry: CatalogEntry | undefined, word: string): CatalogRole | undefined {
  return entry ? named(entry.roles, word) : undefined;
}

export function findSeatType(entry: CatalogEntry | undefined, word: string): CatalogSeatType | undefined {
  return entry ? named(entry.seatTypes, word) : undefined;
}

/** A plan by name or alias, with or without the word "plan" ("Pro plan" is Pro). */
export function findPlan(entry: CatalogEntry | undefined, word: string): CatalogPlan | undefined {
  return entry ? (named(entry.plans, word) ?? named(entry.plans, word.replace(/\s+plan\s*$/i, ''))) : undefined;
}

function tokens(word: string): string[] {
  return word
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const ADMIN_STEMS = ['owner', 'admin', 'super', 'manag', 'root', 'sysadmin'];
const VIEWER_STEMS = ['view', 'read', 'observ'];

/**
 * What a role name says about its privilege: owner, admin(istrator), super(user), manage(r), root
 * read as admin; view(er), read(-only), observer as viewer; anything else standard. Erring towards
 * admin is deliberate: a role wrongly taken for admin is reviewed, one wrongly taken for standard is missed.
 */
export function inferPrivilege(roleName: string): Privilege {
  const words = tokens(roleName);
  if (words.some((w) => ADMIN_STEMS.some((stem) => w.startsWith(stem)))) return 'admin';
  if (words.some((w) => VIEWER_STEMS.some((stem) => w.startsWith(stem)))) return 'viewer';
  return 'standard';
}

const STATUS_STEMS: readonly [AccountStatus, readonly string[]][] = [
  ['invited', ['invit', 'pending', 'unaccepted', 'awaiting', 'unconfirmed']],
  ['deactivated', ['deactiv', 'inactive', 'remov', 'delet', 'revok', 'archiv', 'deprovision', 'offboard', 'terminat']],
  ['suspended', ['suspend', 'frozen', 'freez', 'lock', 'block', 'paus', 'disabl', 'hold']],
  ['active', ['active', 'enabled', 'accepted', 'joined', 'current']],
];

/** The account state a vendor status word the catalog does not list most likely means; undefined when it says nothing Attest recognizes. */
export function inferStatus(word: string): AccountStatus | undefined {
  const words = tokens(word);
  return STATUS_STEMS.find(([, stems]) => words.some((w) => stems.some((stem) => w.startsWith(stem))))?.[0];
}

export interface RoleWord {
  /** The catalog's name for the role, or the vendor's word. */
  name: string;
  privilege: Privilege;
  source: Exclude<PrivilegeSource, 'confirmed'>;
}

export function resolveRole(entry: CatalogEntry | undefined, word: string): RoleWord {
  const role = findRole(entry, word);
  return role
    ? { name: role.name, privilege: role.privilege, source: 'catalog' }
    : { name: cleanWord(word), privilege: inferPrivilege(word), source: 'inferred' };
}

export interface SeatWord {
  /** The catalog's name for the seat type, or the vendor's word. */
  name: string;
  /** Per seat per month; null when nobody knows yet (an app outside the catalog). */
  monthlyCost: number | null;
  currency: 'USD';
  source: Exclude<SeatCostSource, 'confirmed'>;
}

/** The seat an account holds when its source names none: the catalog's default, or a seat of unknown cost for an app outside the catalog. */
export function defaultSeat(entry: CatalogEntry | undefined): SeatWord {
  const seat = entry?.seatTypes.find((s) => s.isDefault);
  return seat
    ? { name: seat.name, monthlyCost: seat.monthlyCost, currency: seat.currency, source: 'catalog' }
    : { name: UNCATALOGED_SEAT, monthlyCost: null, currency: 'USD', source: 'unknown' };
}

/** A seat type the catalog does not know costs what the app's default seat costs ("assumed") until someone says otherwise. */
export function resolveSeatType(entry: CatalogEntry | undefined, word: string): SeatWord {
  const seat = findSeatType(entry, word);
  if (seat) return { name: seat.name, monthlyCost: seat.monthlyCost, currency: seat.currency, source: 'catalog' };
  const fallback = defaultSeat(entry);
  if (!entry && vocabularyKey(word) === vocabularyKey(fallback.name)) return fallback;
  return { name: cleanWord(word), monthlyCost: fallback.monthlyCost, currency: fallback.currency, source: entry ? 'assumed' : 'unknown' };
}
