/**
 * One running sync per connection across processes (two `attest serve`, or serve and `attest sync`):
 * a lease on the Connection node, claimed in one write transaction, renewed while the sync runs and
 * released at its end. A lease left by a killed process expires and can then be taken.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { decodeRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { ConnectionError, type Connection } from './connection-store.js';
import * as q from './connections.queries.js';
import { SyncAlreadyRunningError } from './running-syncs.js';

export interface SyncLeaseOptions {
  /** How long a claim or renewal holds without being renewed (default 2 minutes). */
  holdMs?: number;
  /** How often it is renewed while the sync runs (default a third of holdMs). */
  renewEveryMs?: number;
  /** The wall clock: leases are between processes, so never a test's fixed "now". */
  clock?: () => number;
}

export interface SyncLease {
  /** False once a renewal found the lease taken over (this process stalled past its expiry). */
  held(): boolean;
  release(): Promise<void>;
}

const DEFAULT_HOLD_MS = 2 * 60_000;

const iso = (ms: number): string => new Date(ms).toISOString();

/** Claims the connection's sync lease, or throws SyncAlreadyRunningError while another holds it. */
export async function claimSyncLease(
  graph: Graph,
  connection: Pick<Connection, 'id' | 'name'>,
  options: SyncLeaseOptions = {},
): Promise<SyncLease> {
  const holdMs = options.holdMs ?? DEFAULT_HOLD_MS;
  const clock = options.clock ?? Date.now;
  const owner = randomUUID();
  const rows = await graph.write(
    q.CLAIM_SYNC_LEASE,
    { id: connection.id, owner, now: iso(clock()), until: iso(clock() + holdMs) },
    'sync-lease-claim',
  );
  const [claim] = decodeRows(z.object({ claimed: z.boolean() }), rows, 'sync-lease-claim');
  if (!claim) throw new ConnectionError(`no connection named "${connection.name}"; \`attest connections\` lists them`);
  if (!claim.claimed) throw new SyncAlreadyRunningError(connection.name);

  let held = true;
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = graph
        .write(q.RENEW_SYNC_LEASE, { id: connection.id, owner, until: iso(clock() + holdMs) }, 'sync-lease-renew')
        .then((renewed) => {
          if (renewed.length === 0) held = false;
        })
        // A renewal that fails is tried again at the next tick; the lease holds until then.
        .catch(() => undefined);
    },
    options.renewEveryMs ?? Math.floor(holdMs / 3),
  );
  timer.unref();
  return {
    held: () => held,
    release: async () => {
      clearInterval(timer);
      await renewing;
      await graph.write(q.RELEASE_SYNC_LEASE, { id: connection.id, owner }, 'sync-lease-release');
    },
  };
}
