/**
 * The generator's working state: the output records plus what the generator knows about them
 * (who is planted for which case, which plan an app is on). Only `record`s end up in org.json.
 */
import type { Catalog } from '../server/catalog/catalog.js';
import type { CatalogEntry, CatalogPlan } from '../server/catalog/catalog.types.js';
import type { Department } from './departments.js';
import type { AppSpec } from './app-specs.js';
import type { AccountRecord, AppRecord, BotUserRecord, IdentityRecord, IntegrationRecord, OrgInfo, PersonRecord } from './org.types.js';
import type { Rng } from './random.js';
import type { TruthRecorder } from './truth.js';

/**
 * clean: active and unremarkable. leave: on leave. future: hired, starts after now. gone: terminated
 * long ago, offboarded. leaver-clean: terminated recently and properly offboarded. leaver-orphan:
 * terminated recently, accounts left active (planted). suspended: active in HR, Okta identity
 * suspended (planted). rehire-former: the earlier, terminated HR record of a rehired person (same
 * name and work email as the current record; no identity, no accounts of its own).
 */
export type PersonCategory = 'clean' | 'leave' | 'future' | 'gone' | 'leaver-clean' | 'leaver-orphan' | 'suspended' | 'rehire-former';

export interface PersonState {
  record: PersonRecord;
  department: Department;
  category: PersonCategory;
  /** Midnight UTC of the start date. */
  startMs: number;
  /** Midnight UTC of the end date (terminated only). */
  endMs: number | null;
  leaveSinceMs: number | null;
  suspendedSinceMs: number | null;
  identity: IdentityRecord | null;
  isManager: boolean;
  isHead: boolean;
  /** The planted case this person is used for, so cases never share a person. */
  plantedAs: string | null;
  accounts: AccountState[];
}

export interface AppState {
  record: AppRecord;
  spec: AppSpec;
  entry: CatalogEntry;
  plan: CatalogPlan;
  accounts: AccountState[];
  /** Account emails in this app (unique within an app). */
  emails: Set<string>;
  /** The planted case this app is used for (sole_admin), null when clean. */
  plantedAs: string | null;
}

export interface AccountState {
  record: AccountRecord;
  app: AppState;
  /** The person the account belongs to; null for accounts that match nobody. */
  person: PersonState | null;
  /** Signs in through Okta when the app's plan has SSO (resolved into identityLogin at the end). */
  sso: boolean;
  /** The planted case this account is part of, null when clean. */
  plantedAs: string | null;
}

/** People the roster was adjusted for, before identities and accounts exist (seed/plant/roster-cases.ts). */
export interface RosterCases {
  /** Work email in HR is a personal address outside the org's domains. */
  contractors: PersonState[];
  /** Groups of people with one display name and different work emails. */
  sameName: PersonState[][];
  /** A rehired person's current record and the earlier, terminated one with the same work email. */
  rehires: { current: PersonState; former: PersonState }[];
}

export interface GenContext {
  seed: number;
  people: number;
  rng: Rng;
  nowMs: number;
  nowIso: string;
  catalog: Catalog;
  organization: OrgInfo;
  persons: PersonState[];
  /** Every local part in use at the primary domain (work emails, alternates, planted addresses). */
  usedLocalParts: Set<string>;
  apps: AppState[];
  integrations: IntegrationRecord[];
  /** Entra ID users (members and guests) besides the Okta identities. */
  entraIdentities: IdentityRecord[];
  botUsers: BotUserRecord[];
  rosterCases: RosterCases;
  nextAccountId: number;
  nextIntegrationId: number;
  truth: TruthRecorder;
}

export const PRIMARY_DOMAIN = 'acme.com';
export const ALIAS_DOMAIN = 'acme.io';
