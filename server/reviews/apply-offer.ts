/**
 * Which connection may deprovision a revoked account, and how: the connection whose sync wrote the
 * account (GitHub), else a SCIM connection that names the account's app, else the Okta connection
 * whose sync wrote the assignment of the account's Okta user to the app. None: apply is not offered.
 */
import { z } from 'zod';
import { listConnections, type Connection } from '../connectors/connection-store.js';
import { DEPROVISIONERS } from '../connectors/deprovision/index.js';
import type { Deprovisioner, DeprovisionTarget } from '../connectors/deprovision/deprovisioner.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { appId } from '../ingest/ids.js';
import * as q from './apply-remediation.queries.js';
import { DECISIONS, REMEDIATION_STATUSES } from './review.types.js';

const factsRow = z.object({
  itemId: z.string(),
  decision: z.enum(DECISIONS).nullable(),
  remediationStatus: z.enum(REMEDIATION_STATUSES).nullable(),
  appId: z.string(),
  appName: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  externalId: z.string().nullable(),
  status: z.string(),
  removed: z.boolean(),
  roles: z.array(z.string()),
  accountConnection: z.string().nullable(),
  oktaAssignments: z.array(z.object({ userId: z.string(), connection: z.string().nullable() })),
  appliedAt: z.string().nullable(),
  appliedBy: z.string().nullable(),
  appliedVia: z.string().nullable(),
  applyStatus: z.number().int().nullable(),
  applyOutcome: z.string().nullable(),
  applyOk: z.boolean().nullable(),
});
export type ApplyFacts = z.output<typeof factsRow>;

/** The last apply recorded on the task. */
export interface AppliedRecord {
  at: string;
  by: string;
  connection: string;
  status: number | null;
  outcome: string;
  ok: boolean;
}

export interface ApplyOffer {
  connection: Connection;
  deprovisioner: Deprovisioner;
  target: DeprovisionTarget;
  /** What apply will do, for the confirmation. */
  action: string;
}

export interface ApplyState {
  itemId: string;
  appName: string;
  account: string;
  offer: ApplyOffer | null;
  /** Why apply is not offered, when it is not. */
  notOffered: string | null;
  applied: AppliedRecord | null;
}

export async function readApplyFacts(graph: Graph, itemId: string): Promise<ApplyFacts | null> {
  const [row] = await readRows(graph, q.APPLY_FACTS, { itemId }, factsRow, 'remediation-apply-facts');
  return row ?? null;
}

export async function applyStateOf(graph: Graph, itemId: string, connections?: Connection[]): Promise<ApplyState | null> {
  const facts = await readApplyFacts(graph, itemId);
  if (!facts) return null;
  const applied: AppliedRecord | null =
    facts.appliedAt && facts.appliedVia
      ? {
          at: facts.appliedAt,
          by: facts.appliedBy ?? '',
          connection: facts.appliedVia,
          status: facts.applyStatus,
          outcome: facts.applyOutcome ?? '',
          ok: facts.applyOk === true,
        }
      : null;
  const account = facts.username ?? facts.email ?? facts.externalId ?? facts.itemId;
  const base = { itemId, appName: facts.appName, account, applied };
  const refused = notOfferedBecause(facts);
  if (refused) return { ...base, offer: null, notOffered: refused };
  const offer = offerFor(facts, connections ?? (await listConnections(graph)));
  return { ...base, offer, notOffered: offer ? null : `no connection can deprovision accounts of ${facts.appName}` };
}

function notOfferedBecause(facts: ApplyFacts): string | null {
  if (facts.decision !== 'revoke') return 'only a revoke is applied through a vendor API';
  if (facts.remediationStatus === 'verified') return 'the revoke is already verified';
  if (facts.remediationStatus === null) return 'the item has no remediation task';
  if (facts.removed) return `the account is already gone from ${facts.appName}`;
  return null;
}

function offerFor(facts: ApplyFacts, connections: Connection[]): ApplyOffer | null {
  const target: DeprovisionTarget = {
    appName: facts.appName,
    username: facts.username,
    email: facts.email,
    externalId: facts.externalId,
    roles: facts.roles,
    status: facts.status,
    idpUserId: null,
  };
  const byName = new Map(connections.map((c) => [c.name, c]));
  const candidates: { connection: Connection | undefined; target: DeprovisionTarget }[] = [
    { connection: facts.accountConnection === null ? undefined : byName.get(facts.accountConnection), target },
    ...connections
      .filter((c) => c.kind === 'scim' && c.org !== null && appId(c.org) === facts.appId)
      .map((connection) => ({ connection, target })),
    ...facts.oktaAssignments.map((assignment) => ({
      connection: assignment.connection === null ? undefined : byName.get(assignment.connection),
      target: { ...target, idpUserId: assignment.userId },
    })),
  ];
  for (const candidate of candidates) {
    const { connection } = candidate;
    const deprovisioner = connection ? DEPROVISIONERS[connection.kind] : undefined;
    // An Okta connection deprovisions through an assignment only, never the account its sync did not write.
    if (!connection || !deprovisioner || (connection.kind === 'okta' && candidate.target.idpUserId === null)) continue;
    const action = deprovisioner.describe(candidate.target, connection.org);
    if (action) return { connection, deprovisioner, target: candidate.target, action };
  }
  return null;
}
