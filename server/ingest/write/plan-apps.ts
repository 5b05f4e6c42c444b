import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import { READ_APPS } from './apps.queries.js';
import { contentHash } from './content-hash.js';
import { changeOf, existingRecords } from './existing.js';
import type { AppRow } from './prepare.js';
import { STAGE_APPS, STAGE_ROLES, STAGE_SEAT_TYPES } from './records.queries.js';
import type { WriteContext } from './write-context.js';

const storedApp = z.object({ id: z.string(), name: z.string().nullable(), catalogKey: z.string().nullable(), plan: z.string().nullable() });

/** A role or seat type row of one app, as UPSERT_ROLES / UPSERT_SEAT_TYPES and their staging take it. */
export interface VocabularyRow extends Record<string, unknown> {
  id: string;
  appId: string;
  contentHash: string;
}

/** What the publish transaction does to the import's apps that exist already. */
export interface AppsPlan {
  /** Every existing app of the import: its last sync (lastSeenAt) moves, changed or not. */
  existingIds: string[];
  /** Existing apps whose name, catalog entry or plan the import changes. */
  update: AppRow[];
  /** Existing roles and seat types the import changes (new ones are staged). */
  roles: VocabularyRow[];
  seats: VocabularyRow[];
  staged: { App: number; Role: number; SeatType: number };
  /** Apps that are new, or whose fields, roles or seat types change. */
  touched: Set<string>;
}

/**
 * Splits the import's apps, roles and seat types into new (staged now, in one transaction: they are
 * few), changed (written when the import is published) and unchanged. Roles and seat types are
 * compared by content hash; an app by what UPDATE_APPS would make of it, since imports of several
 * kinds name the same app with more or less (an Okta assignment listing gives no plan).
 */
export async function planApps(ctx: WriteContext, apps: AppRow[]): Promise<AppsPlan> {
  const plan: AppsPlan = {
    existingIds: [],
    update: [],
    roles: [],
    seats: [],
    staged: { App: 0, Role: 0, SeatType: 0 },
    touched: new Set(),
  };
  if (!apps.length) return plan;
  const stored = new Map(
    (await readRows(ctx.graph, READ_APPS, { ids: apps.map((a) => a.id) }, storedApp, 'import-existing:App')).map((a) => [a.id, a]),
  );
  const newApps: AppRow[] = [];
  for (const app of apps) {
    const before = stored.get(app.id);
    if (before === undefined) {
      newApps.push(app);
      plan.touched.add(app.id);
      continue;
    }
    plan.existingIds.push(app.id);
    const changes =
      before.name !== app.name ||
      (app.catalogKey !== null && app.catalogKey !== before.catalogKey) ||
      (app.plan ?? before.plan ?? app.defaultPlan) !== before.plan;
    if (changes) {
      plan.update.push(app);
      plan.touched.add(app.id);
    }
  }

  const { roles, seats } = vocabularyRows(apps);
  const newRoles = await split(ctx, 'Role', roles, plan.roles, plan.touched);
  const newSeats = await split(ctx, 'SeatType', seats, plan.seats, plan.touched);

  if (newApps.length || newRoles.length || newSeats.length) {
    await ctx.graph.executeWrite(async (tx) => {
      if (newApps.length) await tx.run(STAGE_APPS, { ...ctx.params, rows: newApps });
      if (newRoles.length) await tx.run(STAGE_ROLES, { ...ctx.params, rows: newRoles });
      if (newSeats.length) await tx.run(STAGE_SEAT_TYPES, { ...ctx.params, rows: newSeats });
    }, `import-stage-apps:${ctx.params.kind}`);
  }
  plan.staged = { App: newApps.length, Role: newRoles.length, SeatType: newSeats.length };
  return plan;
}

/** The apps' roles and seat types as the import writes them: each with its app, a seat type with its app's billing model, and their hashes. */
export function vocabularyRows(apps: AppRow[]): { roles: VocabularyRow[]; seats: VocabularyRow[] } {
  return {
    roles: apps.flatMap((app) => app.roles.map((role) => hashed(app.id, role))),
    seats: apps.flatMap((app) =>
      app.seatTypes.map((seat) => {
        const withBilling = { ...seat, billingModel: app.billingModel };
        return hashed(app.id, withBilling);
      }),
    ),
  };
}

/** Roles and seat types belong to no import scope: their hash is of the row and its app only. */
function hashed(appId: string, row: { id: string }): VocabularyRow {
  const withApp = { ...row, appId };
  return { ...withApp, contentHash: contentHash('vocabulary', appId, withApp) };
}

/** Returns the rows that are new; pushes the changed ones to `changed`, and notes their apps. */
async function split(
  ctx: WriteContext,
  label: 'Role' | 'SeatType',
  rows: VocabularyRow[],
  changed: VocabularyRow[],
  touched: Set<string>,
): Promise<VocabularyRow[]> {
  const stored = await existingRecords(
    ctx,
    label,
    rows.map((row) => row.id),
  );
  const fresh: VocabularyRow[] = [];
  for (const row of rows) {
    const change = changeOf(stored.get(row.id), row.contentHash);
    if (change === 'unchanged') continue;
    (change === 'new' ? fresh : changed).push(row);
    touched.add(row.appId);
  }
  return fresh;
}
