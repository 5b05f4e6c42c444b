import { randomUUID } from 'node:crypto';
import type { Catalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { settleAfterChange } from '../ingest/import-source.js';
import { EVERYTHING, identitiesScope } from '../shared/change-scope.js';
import { CREATE_SYNC_RUN } from '../ingest/write/records.queries.js';

export type ProvisioningAction = 'added' | 'updated' | 'removed';
export type ProvisioningResource = 'User' | 'Group';

export interface ProvisioningSyncOptions {
  /** Settle this long after the last push: an IdP sends a burst of requests per provisioning cycle. */
  quietMs?: number;
  /** …but never later than this after the first unsettled push, so a steady trickle still settles. */
  maxWaitMs?: number;
  onSettled?: (runId: string) => void;
  onError?: (error: unknown) => void;
}

interface Pending {
  firstAt: Date;
  /** Wall clock, not now(): ATTEST_NOW may pin "now" while the quiet time still has to pass. */
  firstWallMs: number;
  counts: Record<ProvisioningAction, number>;
  resources: Record<ProvisioningResource, number>;
  /** The users (identities) changed; null once a change needs everything redone (a group, an unknown user). */
  identityIds: Set<string> | null;
}

/**
 * SCIM pushes change identities one request at a time. Reconciling after each would be slow and
 * would flood the sync history, so pushes are gathered into one SyncRun (kind "scim", scope
 * "scim:push") per burst, after which links, findings and the KPI snapshot are brought up to date,
 * exactly as after a file import: for pushes on users, only those identities and the apps they reach. Settling runs one at a time; pushes during a settle start the next.
 */
export class ProvisioningSync {
  private pending: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private readonly quietMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly graph: Graph,
    private readonly catalog: Catalog,
    private readonly options: ProvisioningSyncOptions = {},
  ) {
    this.quietMs = options.quietMs ?? 2000;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
  }

  /** `id`: the user's (identity's) id; a group change, or a user change without one, settles everything. */
  record(action: ProvisioningAction, resource: ProvisioningResource, id: string | null = null): void {
    const at = now();
    this.pending ??= {
      firstAt: at,
      firstWallMs: Date.now(),
      counts: { added: 0, updated: 0, removed: 0 },
      resources: { User: 0, Group: 0 },
      identityIds: new Set(),
    };
    this.pending.counts[action] += 1;
    this.pending.resources[resource] += 1;
    // Group memberships are derived over the whole graph, and a user without an id cannot be followed.
    if (resource === 'User' && id !== null) this.pending.identityIds?.add(id);
    else this.pending.identityIds = null;
    if (this.timer) clearTimeout(this.timer);
    const waited = Date.now() - this.pending.firstWallMs;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(this.quietMs, this.maxWaitMs - waited)));
    this.timer.unref();
  }

  /** Settles what is pending now (also used at shutdown and by tests); resolves when it is done. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = null;
    if (!batch) return this.running;
    this.running = this.running.then(() => this.settle(batch)).catch((error: unknown) => this.options.onError?.(error));
    return this.running;
  }

  private async settle(batch: Pending): Promise<void> {
    const started = Date.now();
    const at = now();
    const runId = randomUUID();
    const requests = batch.counts.added + batch.counts.updated + batch.counts.removed;
    await settleAfterChange(this.graph, this.catalog, at, runId, batch.identityIds ? identitiesScope(batch.identityIds) : EVERYTHING);
    const run = {
      id: runId,
      kind: 'scim',
      scope: 'scim:push',
      status: 'succeeded',
      files: [],
      sha256: '',
      recordsRead: requests,
      complete: false,
      ...batch.counts,
      startedAt: batch.firstAt.toISOString(),
      finishedAt: at.toISOString(),
      recordedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
      parseMs: 0,
      writeMs: 0,
      errors: [],
      notes: [
        `${requests} SCIM request(s) pushed by the IdP: ${batch.resources.User} on users, ${batch.resources.Group} on groups; links and findings were updated after them.`,
      ],
    };
    await this.graph.executeWrite((tx) => tx.run(CREATE_SYNC_RUN, { run }), 'scim-sync-run');
    this.options.onSettled?.(runId);
  }
}
