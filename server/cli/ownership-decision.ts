import { z } from 'zod';
import { cliActor } from '../audit/actor.js';
import { loadCatalog } from '../catalog/catalog.js';
import { now } from '../config/now.js';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { OwnershipOverrides, type Decision, type RecordRef } from '../reconcile/overrides.js';
import { READ_OWNERSHIP } from '../reconcile/overrides.queries.js';
import { settleDecision } from '../kpi/after-decision.js';
import { scopeOfRecord } from '../reconcile/record-scope.js';
import { withGraph } from './with-graph.js';

/** READ_OWNERSHIP, as far as the command prints it. */
const ownershipRow = z.object({
  owner: z.object({ displayName: z.string(), email: z.string() }).nullable(),
  linkReason: z.string().nullable(),
  findingCount: z.number(),
});

/** The options every manual ownership decision takes. */
export interface DecisionOptions {
  note?: string;
  by?: string;
}

export const RECORD_HELP = 'the app (or an IdP: okta, entra, google, scim) and the account (email, user name or id)';
export const BY_HELP = 'who decided, as the link and the audit log name them (default: your user name; the audit log keeps that too)';

/** The command line's actor is the OS user; `--by` changes the name shown, never the id. */
export function decision(options: DecisionOptions): Decision {
  const actor = cliActor();
  const name = options.by?.trim();
  return { actor: name ? { ...actor, name: `${name} (command line)` } : actor, note: options.note ?? null, now: now() };
}

/**
 * What `attest link | unlink | mark-service | mark-shared | relink` share: the decision is carried
 * out, then the graph is reconciled and the findings recomputed, and the command says who owns the
 * record now.
 */
export async function decide(
  app: string,
  account: string,
  carryOut: (overrides: OwnershipOverrides, record: RecordRef) => Promise<void>,
): Promise<void> {
  await withGraph(async (graph) => {
    const overrides = new OwnershipOverrides(graph);
    const record = await overrides.findRecord(app, account);
    await carryOut(overrides, record);
    await settleDecision(graph, loadCatalog(), now(), { reconcile: await scopeOfRecord(graph, record.id) });
    await printOwnership(graph, record);
  });
}

async function printOwnership(graph: Graph, record: RecordRef): Promise<void> {
  const [row] = await readRows(graph, READ_OWNERSHIP, { recordId: record.id }, ownershipRow, 'ownership-after');
  const owner = row?.owner;
  const where = record.appName ? `${record.appName} account ${record.label}` : `identity ${record.label}`;
  console.log(owner ? `${where} belongs to ${owner.displayName} <${owner.email}>` : `${where} has no owner`);
  if (row?.linkReason) console.log(`  ${row.linkReason}`);
  console.log(`  ${row?.findingCount ?? 0} finding(s) on it now`);
}
