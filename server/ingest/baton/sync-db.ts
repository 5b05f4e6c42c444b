/**
 * The SQLite database inside a v1 .c1z (baton-sdk pkg/dotc1z, tables v1_*): checks the tables and
 * columns Attest reads are there, picks the latest finished full sync, and reads that sync's rows.
 */
import initSqlJs, { type Database, type SqlValue } from 'sql.js';
import { C1zFormatError } from './c1z-file.js';

/** Every table Attest reads, with the columns it needs (baton-sdk's own names). */
export const REQUIRED_COLUMNS = {
  v1_sync_runs: ['sync_id', 'started_at', 'ended_at'],
  v1_resource_types: ['id', 'external_id', 'data', 'sync_id'],
  v1_resources: ['id', 'resource_type_id', 'external_id', 'data', 'sync_id'],
  v1_entitlements: ['id', 'external_id', 'data', 'sync_id'],
  v1_grants: [
    'id',
    'entitlement_id',
    'resource_type_id',
    'resource_id',
    'principal_resource_type_id',
    'principal_resource_id',
    'data',
    'sync_id',
  ],
} as const;

export interface SyncRunRow {
  syncId: string;
  startedAt: string;
  endedAt: string | null;
  syncType: string;
}

export interface DataRow {
  /** The row's id in its table, for messages. */
  row: number;
  data: Uint8Array;
}

/** A grant row's key columns: a "slim" grant's data leaves its entitlement and principal to them. */
export interface GrantRow extends DataRow {
  entitlementId: string;
  entitlementResourceTypeId: string;
  entitlementResourceId: string;
  principalResourceTypeId: string;
  principalResourceId: string;
}

export interface SyncContents {
  sync: SyncRunRow;
  /** Finished syncs of another type (partial, resources_only…) after the one read, which list only part. */
  laterPartialSyncs: SyncRunRow[];
  resourceTypes: DataRow[];
  resources: DataRow[];
  entitlements: DataRow[];
  grants: GrantRow[];
}

let sqlJs: Promise<initSqlJs.SqlJsStatic> | undefined;

function text(value: SqlValue | undefined): string {
  return value === null || value === undefined ? '' : value instanceof Uint8Array ? new TextDecoder().decode(value) : String(value);
}

function blob(value: SqlValue | undefined): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return new TextEncoder().encode(value);
  return new Uint8Array();
}

function columnsOf(db: Database, table: string): Set<string> {
  const result = db.exec(`SELECT name FROM pragma_table_info('${table}')`)[0];
  return new Set(result?.values.map(([name]) => text(name)) ?? []);
}

function checkLayout(db: Database): { hasSyncType: boolean } {
  const problems: string[] = [];
  for (const [table, columns] of Object.entries(REQUIRED_COLUMNS)) {
    const present = columnsOf(db, table);
    if (present.size === 0) {
      problems.push(`table ${table} is missing`);
      continue;
    }
    const missing = columns.filter((column) => !present.has(column));
    if (missing.length) problems.push(`table ${table} lacks column(s) ${missing.join(', ')}`);
  }
  if (problems.length) {
    throw new C1zFormatError(
      `the database is not a Baton sync (${problems.join('; ')}); expected baton-sdk's tables ${Object.keys(REQUIRED_COLUMNS).join(', ')}`,
    );
  }
  return { hasSyncType: columnsOf(db, 'v1_sync_runs').has('sync_type') };
}

function syncRuns(db: Database, hasSyncType: boolean): SyncRunRow[] {
  const result = db.exec(
    `SELECT sync_id, started_at, ended_at, ${hasSyncType ? 'sync_type' : "'full'"} FROM v1_sync_runs ORDER BY ended_at DESC, sync_id DESC`,
  )[0];
  return (result?.values ?? []).map(([syncId, startedAt, endedAt, syncType]) => ({
    syncId: text(syncId),
    startedAt: text(startedAt),
    endedAt: endedAt === null || endedAt === undefined ? null : text(endedAt),
    syncType: text(syncType) || 'full',
  }));
}

/** The latest finished full sync, as baton-sdk's reader picks it (ended_at, then sync id, descending). */
function chooseSync(runs: SyncRunRow[]): { sync: SyncRunRow; later: SyncRunRow[] } {
  const finished = runs.filter((run) => run.endedAt !== null);
  const index = finished.findIndex((run) => run.syncType === 'full');
  const sync = finished[index];
  if (!sync) {
    const seen = runs.map(
      (run) => `${run.syncId} (${run.syncType}, ${run.endedAt ? `ended ${run.endedAt}` : `started ${run.startedAt}, not finished`})`,
    );
    throw new C1zFormatError(
      `the file holds no finished full sync to read${seen.length ? `: ${seen.join('; ')}` : ' (v1_sync_runs is empty)'}; let the connector finish its sync and import the file it writes then`,
    );
  }
  return { sync, later: finished.slice(0, index) };
}

function dataRows(db: Database, table: string, syncId: string): DataRow[] {
  const statement = db.prepare(`SELECT id, data FROM ${table} WHERE sync_id = ? ORDER BY id`, [syncId]);
  const rows: DataRow[] = [];
  try {
    while (statement.step()) {
      const [row, data] = statement.get();
      rows.push({ row: Number(row), data: blob(data) });
    }
  } finally {
    statement.free();
  }
  return rows;
}

function grantRows(db: Database, syncId: string): GrantRow[] {
  const statement = db.prepare(
    `SELECT id, data, entitlement_id, resource_type_id, resource_id, principal_resource_type_id, principal_resource_id
     FROM v1_grants WHERE sync_id = ? ORDER BY id`,
    [syncId],
  );
  const rows: GrantRow[] = [];
  try {
    while (statement.step()) {
      const [row, data, entitlementId, resourceTypeId, resourceId, principalTypeId, principalId] = statement.get();
      rows.push({
        row: Number(row),
        data: blob(data),
        entitlementId: text(entitlementId),
        entitlementResourceTypeId: text(resourceTypeId),
        entitlementResourceId: text(resourceId),
        principalResourceTypeId: text(principalTypeId),
        principalResourceId: text(principalId),
      });
    }
  } finally {
    statement.free();
  }
  return rows;
}

/** Reads the latest finished full sync out of the database bytes; a C1zFormatError when the layout is not Baton's. */
export async function readSync(databaseBytes: Uint8Array): Promise<SyncContents> {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  let db: Database | undefined;
  try {
    db = new SQL.Database(databaseBytes);
    const { hasSyncType } = checkLayout(db);
    const { sync, later } = chooseSync(syncRuns(db, hasSyncType));
    return {
      sync,
      laterPartialSyncs: later,
      resourceTypes: dataRows(db, 'v1_resource_types', sync.syncId),
      resources: dataRows(db, 'v1_resources', sync.syncId),
      entitlements: dataRows(db, 'v1_entitlements', sync.syncId),
      grants: grantRows(db, sync.syncId),
    };
  } catch (error) {
    if (error instanceof C1zFormatError) throw error;
    throw new C1zFormatError(`the SQLite database inside cannot be read (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    db?.close();
  }
}
