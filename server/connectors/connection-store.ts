/**
 * Connections to vendor APIs: kept in the graph with the credential sealed (secret-box.ts). Only
 * `credentialOf` ever opens it; listings and the audit log carry the connection without it.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { CONNECTOR_KINDS, CONNECTORS, type ConnectorKind } from './vendors/index.js';
import * as q from './connections.queries.js';
import { open, seal } from './secret-box.js';

export type RunStatus = 'succeeded' | 'partial' | 'failed';

const storedRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(CONNECTOR_KINDS),
  baseUrl: z.string(),
  org: z.string().nullable(),
  everyMinutes: z.number().int().positive(),
  sealedCredential: z.string(),
  createdAt: z.string(),
  lastRunAt: z.string().nullable(),
  lastStatus: z.enum(['succeeded', 'partial', 'failed']).nullable(),
  lastMessage: z.string().nullable(),
  nextRunAt: z.string().nullable(),
});
type StoredRow = z.output<typeof storedRow>;

/** A connection as anyone may see it: everything but the credential. */
export type Connection = Omit<StoredRow, 'sealedCredential'>;

export interface NewConnection {
  name: string;
  kind: ConnectorKind;
  baseUrl: string;
  /** The vendor account read (`--org`), for connectors that need one; null otherwise. */
  org?: string | null;
  everyMinutes: number;
  credential: string;
}

export class ConnectionError extends Error {}

function withoutCredential({ sealedCredential: _sealed, ...connection }: StoredRow): Connection {
  return connection;
}

/** What the audit log says of a connection: never its credential. */
function auditView(connection: Pick<Connection, 'name' | 'kind' | 'baseUrl' | 'org' | 'everyMinutes'>): Record<string, unknown> {
  return {
    name: connection.name,
    kind: connection.kind,
    baseUrl: connection.baseUrl,
    org: connection.org,
    everyMinutes: connection.everyMinutes,
  };
}

/** The org as stored: required and well formed for a connector that reads one, refused for the others. */
function checkedOrg(kind: ConnectorKind, org: string | null | undefined): string | null {
  const wanted = CONNECTORS[kind].org;
  const given = org?.trim() || null;
  if (!wanted) {
    if (given) throw new ConnectionError(`a ${CONNECTORS[kind].label} connection takes no org (--org)`);
    return null;
  }
  if (!given) throw new ConnectionError(`a ${CONNECTORS[kind].label} connection needs the ${wanted.label} it reads: give it with --org`);
  if (!wanted.pattern.test(given)) throw new ConnectionError(`"${given}" is not a ${wanted.label}`);
  return given;
}

export async function addConnection(graph: Graph, key: Buffer, input: NewConnection, actor: Actor, at: Date): Promise<Connection> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(input.name))
    throw new ConnectionError('a connection name is 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit');
  if (!input.credential.trim()) throw new ConnectionError('the credential is empty');
  const credentialProblem = CONNECTORS[input.kind].checkCredential?.(input.credential.trim()) ?? null;
  if (credentialProblem) throw new ConnectionError(credentialProblem);
  const org = checkedOrg(input.kind, input.org);
  const existing = await findConnection(graph, input.name);
  if (existing)
    throw new ConnectionError(
      `a connection named "${input.name}" already exists; remove it first with \`attest disconnect ${input.name}\``,
    );
  const id = randomUUID();
  await graph.executeWrite(async (tx) => {
    await tx.run(q.CREATE_CONNECTION, {
      id,
      name: input.name,
      kind: input.kind,
      baseUrl: input.baseUrl,
      org,
      everyMinutes: input.everyMinutes,
      sealedCredential: seal(key, input.credential.trim()),
      at: at.toISOString(),
      actorId: actor.id,
    });
    await appendAudit(
      tx,
      actor,
      { action: 'connection.add', targetType: 'connection', targetId: id, after: auditView({ ...input, org }) },
      at,
    );
  }, 'connection-add');
  const added = await findConnection(graph, input.name);
  if (!added) throw new Error('the connection just added cannot be read back');
  return added;
}

async function findStored(graph: Graph, name: string): Promise<StoredRow | null> {
  const [row] = await readRows(graph, q.CONNECTION_BY_NAME, { name }, storedRow, 'connection-by-name');
  return row ?? null;
}

export async function findConnection(graph: Graph, name: string): Promise<Connection | null> {
  const row = await findStored(graph, name);
  return row ? withoutCredential(row) : null;
}

export async function listConnections(graph: Graph): Promise<Connection[]> {
  return (await readRows(graph, q.LIST_CONNECTIONS, {}, storedRow, 'connections')).map(withoutCredential);
}

/** The connection's credential in the clear, for the connector only. */
export async function credentialOf(graph: Graph, key: Buffer, name: string): Promise<string> {
  const row = await findStored(graph, name);
  if (!row) throw new ConnectionError(`no connection named "${name}"; \`attest connections\` lists them`);
  return open(key, row.sealedCredential);
}

export async function removeConnection(graph: Graph, name: string, actor: Actor, at: Date): Promise<void> {
  const existing = await findConnection(graph, name);
  if (!existing) throw new ConnectionError(`no connection named "${name}"; \`attest connections\` lists them`);
  await graph.executeWrite(async (tx) => {
    decodeRows(z.object({ deleted: z.number() }), rowsOf(await tx.run(q.DELETE_CONNECTION, { name })), 'connection-remove');
    await appendAudit(
      tx,
      actor,
      { action: 'connection.remove', targetType: 'connection', targetId: existing.id, before: auditView(existing) },
      at,
    );
  }, 'connection-remove');
}

/** How often the schedule syncs the connection; the next run moves to the last run plus the new period. */
export async function setConnectionSchedule(graph: Graph, name: string, everyMinutes: number, actor: Actor, at: Date): Promise<Connection> {
  if (!Number.isInteger(everyMinutes) || everyMinutes < 1)
    throw new ConnectionError('the schedule is a whole number of minutes, at least 1');
  const existing = await findConnection(graph, name);
  if (!existing) throw new ConnectionError(`no connection named "${name}"; \`attest connections\` lists them`);
  const nextRunAt = existing.lastRunAt ? new Date(Date.parse(existing.lastRunAt) + everyMinutes * 60_000).toISOString() : null;
  await graph.executeWrite(async (tx) => {
    decodeRows(
      z.object({ id: z.string() }),
      rowsOf(await tx.run(q.SET_SCHEDULE, { id: existing.id, everyMinutes, nextRunAt })),
      'connection-schedule',
    );
    await appendAudit(
      tx,
      actor,
      {
        action: 'connection.schedule',
        targetType: 'connection',
        targetId: existing.id,
        before: auditView(existing),
        after: auditView({ ...existing, everyMinutes }),
      },
      at,
    );
  }, 'connection-schedule');
  return { ...existing, everyMinutes, nextRunAt };
}

export async function recordRun(
  graph: Graph,
  connection: Connection,
  run: { status: RunStatus; message: string; at: Date },
): Promise<void> {
  const nextRunAt = new Date(run.at.getTime() + connection.everyMinutes * 60_000).toISOString();
  await graph.write(
    q.RECORD_RUN,
    { id: connection.id, at: run.at.toISOString(), status: run.status, message: run.message, nextRunAt },
    'connection-run',
  );
}

/** Connections never synced, or whose next run is due at `at`, most overdue first. */
export async function dueConnections(graph: Graph, at: Date): Promise<string[]> {
  const rows = await readRows(graph, q.DUE_CONNECTIONS, { now: at.toISOString() }, z.object({ name: z.string() }), 'connections-due');
  return rows.map((row) => row.name);
}
