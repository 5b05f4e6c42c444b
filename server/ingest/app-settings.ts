import type { ManagedTransaction } from 'neo4j-driver';
import { SYSTEM_ACTOR, type Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Catalog } from '../catalog/catalog.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import type { Plain } from '../graph/values.js';
import { ImportError, type InputProblem } from './errors.js';
import { now } from '../config/now.js';
import { appRow } from './write/prepare.js';
import { UPSERT_APPS } from './write/records.queries.js';
import { APPLY_SETTINGS, READ_SETTINGS } from './app-settings.queries.js';

/**
 * What no vendor export says but Attest needs to get money and risk right: the plan, purchased
 * seats per seat type, the business owner, and whether SSO / SCIM are on.
 */
export interface AppSettings {
  name: string;
  catalogKey: string;
  plan?: string;
  /** Purchased seats per seat type name. */
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
}

/**
 * Creates the app if needed and applies its settings; every value is checked against the catalog
 * first. The change is recorded in the audit log in the same transaction.
 */
export async function applyAppSettings(graph: Graph, catalog: Catalog, settings: AppSettings, where = '(app settings)', actor: Actor = SYSTEM_ACTOR): Promise<void> {
  const problems: InputProblem[] = [];
  const entry = catalog.find(settings.catalogKey);
  if (!entry) {
    throw new ImportError([{ file: where, field: 'catalog', message: `unknown catalog key "${settings.catalogKey}"; known: ${catalog.entries.map((e) => e.key).join(', ')}` }]);
  }
  if (settings.plan !== undefined && !entry.plans.some((p) => p.name === settings.plan)) {
    problems.push({ file: where, field: 'plan', message: `${entry.name} has no plan "${settings.plan}"; expected one of ${entry.plans.map((p) => p.name).join(', ')}` });
  }
  for (const [seat, capacity] of Object.entries(settings.seats ?? {})) {
    if (!entry.seatTypes.some((s) => s.name === seat)) {
      problems.push({ file: where, field: 'seats', message: `${entry.name} has no seat type "${seat}"; expected one of ${entry.seatTypes.map((s) => s.name).join(', ')}` });
    }
    if (!Number.isInteger(capacity) || capacity < 0) problems.push({ file: where, field: 'seats', message: `purchased ${seat} seats must be a whole number, got ${capacity}` });
  }
  for (const [field, value] of Object.entries(settings.thresholds ?? {})) {
    const least = field === 'inactivityDays' || field === 'inviteExpiryDays' ? 1 : 0;
    if (value !== undefined && (!Number.isInteger(value) || value < least)) {
      problems.push({ file: where, field, message: `${field} must be a whole number of at least ${least}, got ${value}` });
    }
  }
  if (problems.length) throw new ImportError(problems);
  const row = appRow({ name: settings.name, catalogKey: entry.key, plan: settings.plan ?? null }, catalog);
  const at = now();
  await graph.executeWrite(async (tx) => {
    const before = await settingsOf(tx, row.id);
    await tx.run(UPSERT_APPS, { rows: [row], kind: 'app-settings', now: at.toISOString() });
    await tx.run(APPLY_SETTINGS, {
      id: row.id,
      plan: settings.plan ?? null,
      ssoEnforced: settings.ssoEnforced ?? null,
      scimEnabled: settings.scimEnabled ?? null,
      ownerEmail: settings.ownerEmail ?? null,
      seats: Object.entries(settings.seats ?? {}).map(([name, capacity]) => ({ name, capacity })),
      thresholds: {
        inactivityDays: settings.thresholds?.inactivityDays ?? null,
        minimumAdmins: settings.thresholds?.minimumAdmins ?? null,
        inviteExpiryDays: settings.thresholds?.inviteExpiryDays ?? null,
      },
    });
    const after = await settingsOf(tx, row.id);
    await appendAudit(tx, actor, { action: 'app.settings', targetType: 'app', targetId: row.id, before, after }, at);
  }, 'app-settings');
}

async function settingsOf(tx: ManagedTransaction, appId: string): Promise<Plain> {
  return rowsOf(await tx.run(READ_SETTINGS, { id: appId }))[0]?.settings ?? null;
}
