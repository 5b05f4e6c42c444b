import { z } from 'zod';
import type { ManagedTransaction } from 'neo4j-driver';
import { SYSTEM_ACTOR, type Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogEntry } from '../catalog/catalog.types.js';
import { cleanWord, findPlan, findSeatType, vocabularyKey } from '../catalog/vocabulary.js';
import { readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import type { Plain } from '../graph/values.js';
import { ImportError, type InputProblem } from './errors.js';
import { now } from '../config/now.js';
import { appId } from './ids.js';
import { catalogEntryNamed } from './input/app-ref.js';
import { appRow } from './write/prepare.js';
import { UPSERT_APPS } from './write/records.queries.js';
import { APPLY_SETTINGS, READ_SETTINGS } from './app-settings.queries.js';

/**
 * What no vendor export says but Attest needs to get money and risk right: the plan, purchased
 * seats per seat type, the business owner, and whether SSO / SCIM are on.
 */
export interface AppSettings {
  name: string;
  /** The app's catalog entry; left out: the one it has, else the entry named like the app, else none (an app outside the catalog). */
  catalogKey?: string;
  /** The plan as the catalog or the customer names it. */
  plan?: string;
  /** Purchased seats per seat type name (the catalog's, or one the app's records use). */
  seats?: Record<string, number>;
  /** Work email of the person who owns the app; linked on reconciliation. */
  ownerEmail?: string | null;
  ssoEnforced?: boolean;
  scimEnabled?: boolean;
  /** Finding thresholds for this app, over its catalog entry's and the organization's. */
  thresholds?: AppThresholds;
}

export interface AppThresholds {
  /** Days without activity after which an account is inactive. */
  inactivityDays?: number;
  /** Effective admins the app needs before it is a sole-admin risk. */
  minimumAdmins?: number;
  /** Days after which an unaccepted invite has expired. */
  inviteExpiryDays?: number;
  /** Hours after a leaver's termination date by which their account in this app must be deprovisioned (over the organization's). */
  leaverSlaHours?: number;
}

/** What applyAppSettings reads of READ_SETTINGS before checking: the catalog entry the app has and its seat types. */
const currentSettingsRow = z.object({
  settings: z.object({ catalogKey: z.string().nullable(), seats: z.array(z.object({ name: z.string() })) }),
});

/**
 * Creates the app if needed and applies its settings; every value is checked first. A plan the
 * catalog does not know is kept in the customer's words (no seat cap, SSO availability unknown); a
 * seat type must be the catalog's or one the app's records use. The change is recorded in the
 * audit log in the same transaction.
 */
export async function applyAppSettings(
  graph: Graph,
  catalog: Catalog,
  settings: AppSettings,
  where = '(app settings)',
  actor: Actor = SYSTEM_ACTOR,
): Promise<void> {
  const problems: InputProblem[] = [];
  const [current] = await readRows(graph, READ_SETTINGS, { id: appId(settings.name) }, currentSettingsRow, 'app-settings-current');
  const currentSettings = current?.settings;
  const key = settings.catalogKey ?? currentSettings?.catalogKey ?? catalogEntryNamed(catalog, settings.name)?.key ?? null;
  const entry = key === null ? undefined : catalog.find(key);
  if (key !== null && !entry) {
    throw new ImportError([
      {
        file: where,
        field: 'catalog',
        message: `unknown catalog key "${key}"; known: ${catalog.entries.map((e) => e.key).join(', ')} (leave it out for an app outside the catalog)`,
      },
    ]);
  }
  const plan = settings.plan === undefined ? undefined : (findPlan(entry, settings.plan)?.name ?? cleanWord(settings.plan));
  const seats: { name: string; capacity: number }[] = [];
  for (const [seat, capacity] of Object.entries(settings.seats ?? {})) {
    const name = seatTypeNamed(entry, currentSettings?.seats ?? [], seat);
    if (name === undefined) {
      const known = [...(entry?.seatTypes.map((s) => s.name) ?? []), ...(currentSettings?.seats ?? []).map((s) => s.name)];
      problems.push({
        file: where,
        field: 'seats',
        message: `${settings.name} has no seat type "${seat}"; expected one of ${[...new Set(known)].join(', ') || '(none yet: import its accounts first)'}`,
      });
    } else seats.push({ name, capacity });
    if (!Number.isInteger(capacity) || capacity < 0)
      problems.push({ file: where, field: 'seats', message: `purchased ${seat} seats must be a whole number, got ${capacity}` });
  }
  for (const [field, value] of Object.entries(settings.thresholds ?? {})) {
    const least = field === 'inactivityDays' || field === 'inviteExpiryDays' || field === 'leaverSlaHours' ? 1 : 0;
    if (value !== undefined && (!Number.isInteger(value) || value < least)) {
      problems.push({ file: where, field, message: `${field} must be a whole number of at least ${least}, got ${value}` });
    }
  }
  if (problems.length) throw new ImportError(problems);
  const row = appRow({ name: settings.name, catalogKey: entry?.key ?? null, plan: plan ?? null }, catalog);
  const at = now();
  await graph.executeWrite(async (tx) => {
    const before = await settingsOf(tx, row.id);
    await tx.run(UPSERT_APPS, { rows: [row], kind: 'app-settings', now: at.toISOString() });
    await tx.run(APPLY_SETTINGS, {
      id: row.id,
      plan: plan ?? null,
      ssoEnforced: settings.ssoEnforced ?? null,
      scimEnabled: settings.scimEnabled ?? null,
      ownerEmail: settings.ownerEmail ?? null,
      seats,
      thresholds: {
        inactivityDays: settings.thresholds?.inactivityDays ?? null,
        minimumAdmins: settings.thresholds?.minimumAdmins ?? null,
        inviteExpiryDays: settings.thresholds?.inviteExpiryDays ?? null,
        leaverSlaHours: settings.thresholds?.leaverSlaHours ?? null,
      },
    });
    const after = await settingsOf(tx, row.id);
    await appendAudit(tx, actor, { action: 'app.settings', targetType: 'app', targetId: row.id, before, after }, at);
  }, 'app-settings');
}

/** The seat type's name as the app has it: the catalog's (through aliases), or one its records use. */
function seatTypeNamed(entry: CatalogEntry | undefined, existing: readonly { name: string }[], word: string): string | undefined {
  return findSeatType(entry, word)?.name ?? existing.find((seat) => vocabularyKey(seat.name) === vocabularyKey(word))?.name;
}

async function settingsOf(tx: ManagedTransaction, appId: string): Promise<Plain> {
  return rowsOf(await tx.run(READ_SETTINGS, { id: appId }))[0]?.settings ?? null;
}
