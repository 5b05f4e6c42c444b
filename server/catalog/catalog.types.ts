/**
 * The app catalog: how each SaaS app manages users, roles, seats and invites.
 * The data lives in schema/catalog/<key>.json and is validated by catalog.schema.ts on load.
 */
import type { FindingType } from '../findings/rules/index.js';

export type Privilege = 'owner' | 'admin' | 'standard' | 'viewer';

/** Canonical account states; every vendor word maps onto one of these. */
export type AccountStatus = 'active' | 'invited' | 'suspended' | 'deactivated';

/**
 * per_seat: billed for seats held this period; a removal saves from now.
 * max_quantity: billed for the highest seat count reached in the period (Atlassian); a removal saves from the next period.
 * per_active_user: billed only for users active in the period (e.g. fair billing).
 * flat: a fixed price regardless of seats.
 */
export type BillingModel = 'per_seat' | 'max_quantity' | 'per_active_user' | 'flat';

/** Other spellings the vendor or its customers use for a name (matched case-insensitively, like the name). */
export interface Aliased {
  aliases?: string[];
}

export interface CatalogRole extends Aliased {
  name: string;
  privilege: Privilege;
  description: string;
  /** At most this many accounts can hold the role (JetStack AI: exactly one Owner). */
  maxHolders?: number;
  /** At least this many accounts must hold the role (JetStack AI: one Owner, who cannot be removed). */
  minHolders?: number;
}

export interface CatalogSeatType extends Aliased {
  name: string;
  /** Default list price per seat per month on the default plan, in `currency`. */
  monthlyCost: number;
  currency: 'USD';
  description: string;
  /** The seat type an account gets when the source does not say. Exactly one per app. */
  isDefault: boolean;
}

export interface CatalogPlan extends Aliased {
  name: string;
  /** Purchased seats the plan allows at most, null when unlimited / negotiated. */
  seatCap: number | null;
  ssoAvailable: boolean;
  scimAvailable: boolean;
}

export interface CatalogCaveat {
  /** Short label, e.g. "Last admin". */
  topic: string;
  /** What a user of Attest should know, in one or two sentences. */
  text: string;
  /** Which finding type this caveat explains, when it does (shown as the app-specific reason). */
  findingType?: FindingType;
}

/** The finding types are the registered rules' (server/findings/rules/index.ts). */
export type { FindingType } from '../findings/rules/index.js';

export interface CatalogEntry {
  /** Stable lower-case key, e.g. "jasper", "jetstack-ai", "atlassian-jira". */
  key: string;
  name: string;
  vendor: string;
  category: string;
  /** Seed document(s) or public docs the entry was written from. */
  sources: string[];
  roles: CatalogRole[];
  seatTypes: CatalogSeatType[];
  plans: CatalogPlan[];
  defaultPlan: string;
  billingModel: BillingModel;
  /** An invited, not yet accepted user holds a paid seat (Jasper, Atlassian, Jestor). */
  invitesConsumeSeat: boolean;
  /** A suspended (frozen) account keeps its paid seat (Salesforce freeze, Google Workspace and 1Password suspend); Atlassian's suspend stops billing. */
  suspendedHoldsSeat: boolean;
  /** Days after which an invite link expires, null when invites never expire. */
  inviteExpiryDays: number | null;
  /** Minimum effective admins before sole-admin risk is raised (default 2). */
  minimumAdmins: number;
  /** Days without activity after which an account is inactive; overrides the global default (90). */
  inactivityDays?: number;
  /** The vendor gives last-activity data for accounts (false: activity is "unknown", never "inactive"). */
  activityData: boolean;
  /** Vendor status words (lower case) mapped to canonical states, e.g. {"pending": "invited"}. */
  statusWords: Record<string, AccountStatus>;
  /** What deactivating an account does in this app: the steps and what each keeps or frees. */
  deactivation: { action: string; freesSeat: boolean; keepsData: boolean; note: string }[];
  caveats: CatalogCaveat[];
}
