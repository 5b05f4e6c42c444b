import { actorOf, type Actor } from '../../audit/actor.js';
import {
  addConnection,
  ConnectionError,
  credentialOf,
  findConnection,
  listConnections,
  recordRun,
  removeConnection,
  setConnectionSchedule,
  type Connection,
} from '../../connectors/connection-store.js';
import { probeConnection } from '../../connectors/probe-connection.js';
import { runningSync, runTracked, SyncAlreadyRunningError } from '../../connectors/running-syncs.js';
import { claimSyncLease } from '../../connectors/sync-lease.js';
import { loadSecretKey } from '../../connectors/secret-box.js';
import { syncConnection } from '../../connectors/sync-connection.js';
import { CONNECTORS, isConnectorKind } from '../../connectors/vendors/index.js';
import { now } from '../../config/now.js';
import { dataDir } from '../../graph/connect.js';
import type { ApiContext } from '../context.js';
import { BadInputError, ConflictError, NotFoundError, UnauthenticatedError } from '../errors.js';
import type { AddConnectionInput } from './connection.args.js';
import { normalizedBaseUrl } from '../../connectors/base-url.js';
import type { ConnectionCheck, ConnectorKindInfo, VendorConnection } from './connection.type.js';

/** A week: the dashboard offers up to a day, the CLI accepts longer. */
export const MAX_EVERY_MINUTES = 7 * 24 * 60;

function toVendorConnection(connection: Connection): VendorConnection {
  const running = runningSync(connection.name);
  return {
    name: connection.name,
    kind: connection.kind,
    kindLabel: CONNECTORS[connection.kind].label,
    baseUrl: connection.baseUrl,
    org: connection.org,
    everyMinutes: connection.everyMinutes,
    lastRunAt: connection.lastRunAt,
    lastStatus: connection.lastStatus,
    lastMessage: connection.lastMessage,
    nextRunAt: connection.nextRunAt,
    running: running !== null,
    progress: running?.progress ?? null,
  };
}

function checkEvery(everyMinutes: number): void {
  if (!Number.isInteger(everyMinutes) || everyMinutes < 1 || everyMinutes > MAX_EVERY_MINUTES)
    throw new BadInputError(`the schedule is 1 to ${MAX_EVERY_MINUTES} minutes`, 'everyMinutes');
}

/**
 * The dashboard's connections: the store (server/connectors/connection-store.ts) behind the API's
 * errors. A sync it starts runs on in this process after the mutation answers; `connections`
 * shows it running with its latest progress line, then its recorded outcome.
 */
export class ConnectionService {
  constructor(private readonly ctx: ApiContext) {}

  async connections(): Promise<VendorConnection[]> {
    return (await listConnections(this.ctx.graph)).map(toVendorConnection);
  }

  connectorKinds(): ConnectorKindInfo[] {
    return Object.entries(CONNECTORS).map(([kind, connector]) => ({
      kind,
      label: connector.label,
      defaultUrl: connector.defaultUrl,
      orgLabel: connector.org?.label ?? null,
      credentialLabel: connector.credential.label,
      credentialHint: connector.credential.hint,
      credentialMultiline: connector.credential.multiline,
    }));
  }

  async add(input: AddConnectionInput): Promise<VendorConnection> {
    const kind = input.kind;
    if (!isConnectorKind(kind)) throw new BadInputError(`unknown kind of connection "${kind}"`, 'kind');
    checkEvery(input.everyMinutes);
    const connector = CONNECTORS[kind];
    const given = input.baseUrl?.trim() || connector.defaultUrl;
    if (!given) throw new BadInputError(`${connector.label} has no public API address: give your organization’s URL`, 'baseUrl');
    const baseUrl = normalizedBaseUrl(given);
    if (!baseUrl) throw new BadInputError('the URL must be an http(s) address without a user, password or query', 'baseUrl');
    const added = await this.carryOut(
      () =>
        addConnection(
          this.ctx.graph,
          loadSecretKey(dataDir()),
          { name: input.name.trim(), kind, baseUrl, org: input.org, everyMinutes: input.everyMinutes, credential: input.credential },
          this.actor(),
          this.ctx.now,
        ),
      'name',
    );
    return toVendorConnection(added);
  }

  async test(name: string): Promise<ConnectionCheck[]> {
    const connection = await this.existing(name);
    const credential = await credentialOf(this.ctx.graph, loadSecretKey(dataDir()), name);
    return probeConnection(connection, credential);
  }

  /** Starts a sync and answers at once; refused while one of the same connection runs. */
  async startSync(name: string): Promise<VendorConnection> {
    const connection = await this.existing(name);
    const credential = await credentialOf(this.ctx.graph, loadSecretKey(dataDir()), name);
    // The sync outlives this request: no API read timeout, and "now" (ATTEST_NOW or the clock) read when it starts, as the CLI and the schedule do.
    const graph = this.ctx.graph.withoutReadTimeout();
    const { catalog } = this.ctx;
    const actor = this.actor();
    if (runningSync(name)) throw new ConflictError(`a sync of "${name}" is already running; wait for it to finish`, { connection: name });
    // Claimed before answering, so a sync another process runs is refused here rather than failing later.
    const lease = await claimSyncLease(graph, connection).catch((error: unknown) => {
      if (error instanceof SyncAlreadyRunningError) throw new ConflictError(error.message, { connection: name });
      throw error;
    });
    // Checked and claimed with nothing awaited in between, so a second start in this process is refused.
    if (runningSync(name)) {
      await lease.release();
      throw new ConflictError(`a sync of "${name}" is already running; wait for it to finish`, { connection: name });
    }
    runTracked(name, new Date(), (progress) =>
      syncConnection(graph, catalog, now(), connection, credential, { actor, progress, lease }).catch(async (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        console.error(`Sync of ${name} stopped:`, reason);
        await recordRun(graph, connection, { status: 'failed', message: `the sync stopped: ${reason}`, at: now() });
      }),
    ).catch((error: unknown) => console.error(`Sync of ${name} could not record its outcome:`, error));
    return toVendorConnection(connection);
  }

  async setSchedule(name: string, everyMinutes: number): Promise<VendorConnection> {
    checkEvery(everyMinutes);
    await this.existing(name);
    return toVendorConnection(
      await this.carryOut(() => setConnectionSchedule(this.ctx.graph, name, everyMinutes, this.actor(), this.ctx.now), 'everyMinutes'),
    );
  }

  async remove(name: string): Promise<boolean> {
    await this.existing(name);
    if (runningSync(name)) throw new ConflictError(`"${name}" is syncing now; remove it once the sync has finished`, { connection: name });
    await this.carryOut(() => removeConnection(this.ctx.graph, name, this.actor(), this.ctx.now), 'name');
    return true;
  }

  private async existing(name: string): Promise<Connection> {
    const connection = await findConnection(this.ctx.graph, name);
    if (!connection) throw new NotFoundError('Connection', name);
    return connection;
  }

  private actor(): Actor {
    if (!this.ctx.viewer) throw new UnauthenticatedError();
    return actorOf(this.ctx.viewer);
  }

  /** The store's refusals are messages for the person at the form; they never contain the credential. */
  private async carryOut<T>(work: () => Promise<T>, field: string): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ConnectionError)
        throw new BadInputError(error.message.replace(/; remove it first with `[^`]*`/, '; remove it first'), field);
      throw error;
    }
  }
}
