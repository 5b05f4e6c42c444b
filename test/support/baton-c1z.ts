/**
 * Builds Baton .c1z files in tests the way baton-sdk writes them (pkg/dotc1z): a SQLite database
 * with baton-sdk's v1 tables (the CREATE statements below are its own), rows holding protobuf
 * messages encoded with protobufjs from the vendored c1.connector.v2 schema, compressed with zstd
 * behind the "C1ZF\0" header. Messages are given in protobufjs object form (camelCase fields, enum
 * value names, Timestamps as { seconds, nanos }).
 */
import { compress } from '@bokuweb/zstd-wasm';
import initSqlJs, { type Database, type SqlValue } from 'sql.js';
import { C1Z_V1_MAGIC, zstdReady } from '../../server/ingest/baton/c1z-file.js';
import { batonType } from '../../server/ingest/baton/schema.js';

/** baton-sdk pkg/dotc1z table schemas (v1 tables), as its files write them. */
const BATON_TABLES = `
create table if not exists v1_resource_types (
    id integer primary key,
    external_id text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create unique index if not exists idx_resource_types_external_sync_v1 on v1_resource_types (external_id, sync_id);
create table if not exists v1_resources (
    id integer primary key,
    resource_type_id text not null,
    external_id text not null,
    parent_resource_type_id text,
    parent_resource_id text,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create index if not exists idx_resources_resource_type_id_v1 on v1_resources (resource_type_id);
create unique index if not exists idx_resources_external_sync_v1 on v1_resources (external_id, sync_id);
create table if not exists v1_entitlements (
    id integer primary key,
    resource_type_id text not null,
    resource_id text not null,
    external_id text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create unique index if not exists idx_entitlements_external_sync_v1 on v1_entitlements (external_id, sync_id);
create table if not exists v1_grants (
    id integer primary key,
    resource_type_id text not null,
    resource_id text not null,
    entitlement_id text not null,
    principal_resource_type_id text not null,
    principal_resource_id text not null,
    external_id text not null,
    expansion blob,
    needs_expansion integer not null default 0,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);
create unique index if not exists idx_grants_external_sync_v1 on v1_grants (external_id, sync_id);
create table if not exists v1_sync_runs (
    id integer primary key,
    sync_id text not null,
    started_at datetime not null,
    ended_at datetime,
    sync_token text not null,
    sync_type text not null default 'full',
    parent_sync_id text not null default '',
    linked_sync_id text not null default '',
    supports_diff integer not null default 0,
    grants_backfilled integer not null default 0,
    stats text,
    ingest_invariant_generation text not null default '',
    ingest_invariant_coverage text not null default '',
    ingest_invariant_mode text not null default ''
);
create unique index if not exists idx_sync_runs_sync_id_v1 on v1_sync_runs (sync_id);
create table if not exists v1_assets (
    id integer primary key,
    external_id text not null,
    content_type text not null,
    data blob not null,
    sync_id text not null,
    discovered_at datetime not null
);`;

type Message = Record<string, unknown>;

export interface ResourceIdIn {
  resourceType: string;
  resource: string;
}

/** Encodes a c1.connector.v2 message from its object form (protobufjs fromObject). */
export function encode(typeName: string, message: Message): Uint8Array {
  const type = batonType(typeName);
  return type.encode(type.fromObject(message)).finish();
}

/** An annotation (google.protobuf.Any) holding a c1.connector.v2 message, e.g. a UserTrait. */
export function annotation(typeName: string, message: Message): Message {
  return { type_url: `type.googleapis.com/c1.connector.v2.${typeName}`, value: encode(typeName, message) };
}

/** A protobuf Timestamp for an ISO instant. */
export function timestamp(iso: string): Message {
  const millis = Date.parse(iso);
  return { seconds: Math.floor(millis / 1000), nanos: (millis % 1000) * 1e6 };
}

/** baton-sdk's SQLite time format (UTC, "2006-01-02 15:04:05.999999999"). */
function sqliteTime(iso: string): string {
  return iso.replace('T', ' ').replace('Z', '');
}

export class SyncWriter {
  constructor(
    private readonly db: Database,
    readonly syncId: string,
    private readonly discoveredAt: string,
  ) {}

  private insert(sql: string, values: SqlValue[]): this {
    this.db.run(sql, values);
    return this;
  }

  resourceType(message: Message & { id: string }): this {
    return this.insert('insert into v1_resource_types (external_id, data, sync_id, discovered_at) values (?, ?, ?, ?)', [
      message.id,
      encode('ResourceType', message),
      this.syncId,
      this.discoveredAt,
    ]);
  }

  resource(message: Message & { id: ResourceIdIn }): this {
    return this.insert('insert into v1_resources (resource_type_id, external_id, data, sync_id, discovered_at) values (?, ?, ?, ?, ?)', [
      message.id.resourceType,
      `${message.id.resourceType}:${message.id.resource}`,
      encode('Resource', message),
      this.syncId,
      this.discoveredAt,
    ]);
  }

  entitlement(message: Message & { id: string; resource: { id: ResourceIdIn } }): this {
    return this.insert(
      'insert into v1_entitlements (resource_type_id, resource_id, external_id, data, sync_id, discovered_at) values (?, ?, ?, ?, ?, ?)',
      [
        message.resource.id.resourceType,
        message.resource.id.resource,
        message.id,
        encode('Entitlement', message),
        this.syncId,
        this.discoveredAt,
      ],
    );
  }

  grant(
    message: Message & { id: string; entitlement: { id: string; resource: { id: ResourceIdIn } }; principal: { id: ResourceIdIn } },
  ): this {
    return this.insert(
      `insert into v1_grants (resource_type_id, resource_id, entitlement_id, principal_resource_type_id, principal_resource_id,
         external_id, data, sync_id, discovered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        message.entitlement.resource.id.resourceType,
        message.entitlement.resource.id.resource,
        message.entitlement.id,
        message.principal.id.resourceType,
        message.principal.id.resource,
        message.id,
        encode('Grant', message),
        this.syncId,
        this.discoveredAt,
      ],
    );
  }

  /** A row whose data is `bytes` as given (e.g. bytes that are no protobuf message). */
  rawResource(externalId: string, bytes: Uint8Array): this {
    return this.insert('insert into v1_resources (resource_type_id, external_id, data, sync_id, discovered_at) values (?, ?, ?, ?, ?)', [
      'user',
      externalId,
      bytes,
      this.syncId,
      this.discoveredAt,
    ]);
  }
}

export class C1zBuilder {
  private constructor(private readonly db: Database) {}

  static async create(): Promise<C1zBuilder> {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.exec(BATON_TABLES);
    return new C1zBuilder(db);
  }

  /** Starts a sync run; `endedAt` null leaves it unfinished. */
  sync(syncId: string, options: { startedAt: string; endedAt: string | null; type?: string }): SyncWriter {
    this.db.run('insert into v1_sync_runs (sync_id, started_at, ended_at, sync_token, sync_type) values (?, ?, ?, ?, ?)', [
      syncId,
      sqliteTime(options.startedAt),
      options.endedAt === null ? null : sqliteTime(options.endedAt),
      '',
      options.type ?? 'full',
    ]);
    return new SyncWriter(this.db, syncId, sqliteTime(options.startedAt));
  }

  /** Runs SQL on the database before it is written (to break its layout on purpose). */
  exec(sql: string): this {
    this.db.exec(sql);
    return this;
  }

  /** The SQLite database file. */
  database(): Uint8Array {
    return this.db.export();
  }

  /** The .c1z: header, then the database compressed with zstd. */
  async c1z(): Promise<Uint8Array> {
    return wrapC1z(this.database());
  }
}

/** Wraps database bytes as baton-sdk does: "C1ZF\0", then one zstd frame. */
export async function wrapC1z(database: Uint8Array): Promise<Uint8Array> {
  await zstdReady();
  const frame = compress(database, 3);
  const out = new Uint8Array(C1Z_V1_MAGIC.length + frame.length);
  out.set(C1Z_V1_MAGIC, 0);
  out.set(frame, C1Z_V1_MAGIC.length);
  return out;
}
