import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { withReadAhead } from '../shared/read-ahead.js';
import {
  diffPairs,
  managerPairs,
  markingExisting,
  signInPairs,
  type AccountKeys,
  type AssignmentFacts,
  type Pair,
  type PairChanges,
} from './derive-diff.js';
import * as q from './derive.queries.js';

/** Rows per statement, and statements per transaction, when writing derived relationships. */
const ROWS_PER_STATEMENT = 5_000;
const STATEMENTS_PER_TRANSACTION = 10;
/** Group members read at once (members listed plus those linked), a few groups per read. */
const MEMBERS_PER_READ = 50_000;

const changedRow = z.object({ changed: z.number() });
const managerRow = z.object({
  id: z.string(),
  employeeId: z.string().nullable(),
  email: z.string().nullable(),
  managerRef: z.string().nullable(),
  live: z.boolean(),
  managers: z.array(z.string()),
});
const groupSizeRow = z.object({ id: z.string(), size: z.number() });
const groupMembersRow = z.object({
  id: z.string(),
  members: z.array(z.string()),
  derived: z.array(z.string()),
  pushed: z.array(z.string()),
});
const text = z.string().nullable();
const assignmentRow = z
  .object({ row: z.tuple([z.string(), text, text]) })
  .transform(({ row: [identityId, appUserName, appExternalId] }) => ({ identityId, appUserName, appExternalId }));
const idsRow = z.object({ ids: z.array(z.string()) });
const accountKeysRow = z
  .object({ row: z.tuple([z.string(), text, text, text, z.array(z.string())]) })
  .transform(({ row: [id, email, username, externalId, signsInWith] }) => ({ id, email, username, externalId, signsInWith }));

/**
 * Brings the derived relationships up to date: those of `appIds` (integration authors, owners, and
 * for those of `signInAppIds` assignments and sign-ins) and, when `everything`, managers and group
 * memberships too. Written in bounded transactions; a reader may see some relationships before
 * others, as during any import. Returns how many relationships were created or deleted.
 */
export async function deriveRelationships(
  graph: Graph,
  appIds: readonly string[],
  everything: boolean,
  signInAppIds: readonly string[] = appIds,
): Promise<number> {
  let changed = 0;
  if (everything) changed += (await deriveManagers(graph)) + (await deriveMemberships(graph));
  const signIns = new Set(signInAppIds);
  // The next app's sign-in facts are read while this app's are written: no app's writes change another's facts.
  await withReadAhead(
    appIds,
    async (appId) => (signIns.has(appId) ? readSignInFacts(graph, appId) : null),
    async (appId, facts) => {
      if (facts) changed += await writeSignIns(graph, appId, facts);
      // After the sign-ins: an OAuth grant's author is found through the identity the account signs in with.
      // One app per statement, so what a statement holds follows the largest app, not the whole graph.
      for (const [name, statement] of Object.entries(APP_REFERENCE_STATEMENTS)) {
        const rows = await graph.writeInTransactions(statement, { appIds: [appId] }, `reconcile-derive-${name}`);
        for (const row of decodeRows(changedRow, rows, 'reconcile-derive')) changed += row.changed;
      }
    },
  );
  return changed;
}

/** In this order; the names tell the statements apart in transaction metadata. */
const APP_REFERENCE_STATEMENTS = {
  'remove-owners': q.REMOVE_APP_OWNERS,
  'add-owners': q.ADD_APP_OWNERS,
  'remove-enabled-by': q.REMOVE_ENABLED_BY,
  'add-enabled-by': q.ADD_ENABLED_BY,
  'remove-authorized-by': q.REMOVE_AUTHORIZED_BY,
  'add-authorized-by': q.ADD_AUTHORIZED_BY,
} as const;

async function deriveManagers(graph: Graph): Promise<number> {
  const people = await readRows(graph, q.READ_MANAGER_REFS, {}, managerRow, 'reconcile-derive-managers');
  const stored = people.flatMap((person) => person.managers.map((to) => ({ from: person.id, to })));
  return writePairs(graph, q.REPORTS_TO, diffPairs(managerPairs(people), stored));
}

async function deriveMemberships(graph: Graph): Promise<number> {
  const groups = await readRows(graph, q.READ_GROUP_SIZES, {}, groupSizeRow, 'reconcile-derive-groups');
  let changed = 0;
  for (const groupIds of batchesBySize(groups, MEMBERS_PER_READ)) {
    const rows = await readRows(graph, q.READ_GROUP_MEMBERS, { groupIds }, groupMembersRow, 'reconcile-derive-members');
    const desired: Pair[] = rows.flatMap((group) => group.members.map((from) => ({ from, to: group.id })));
    const stored: Pair[] = rows.flatMap((group) => group.derived.map((from) => ({ from, to: group.id })));
    const pushed: Pair[] = rows.flatMap((group) => group.pushed.map((from) => ({ from, to: group.id })));
    changed += await writePairs(graph, q.MEMBER_OF, markingExisting(diffPairs(desired, stored), pushed));
  }
  return changed;
}

interface SignInFacts {
  assignments: AssignmentFacts[];
  /** Identities with a derived assignment to the app now. */
  assigned: string[];
  accounts: (AccountKeys & { signsInWith: string[] })[];
}

/** The app's live IdP assignments, its derived assignees, and its accounts by the keys assignments name them by. */
async function readSignInFacts(graph: Graph, appId: string): Promise<SignInFacts> {
  const assignments = await readRows(graph, q.READ_APP_ASSIGNMENTS, { appId }, assignmentRow, 'reconcile-derive-assignments');
  const [assigned] = await readRows(graph, q.READ_DERIVED_ASSIGNED, { appId }, idsRow, 'reconcile-derive-assignments');
  const accounts = await readRows(graph, q.READ_APP_ACCOUNT_KEYS, { appId }, accountKeysRow, 'reconcile-derive-sign-ins');
  return { assignments, assigned: assigned?.ids ?? [], accounts };
}

/** The app's IdP assignments (identity -> app) and the sign-ins they name (account -> identity), as differences. */
async function writeSignIns(graph: Graph, appId: string, { assignments, assigned, accounts }: SignInFacts): Promise<number> {
  let changed = await writePairs(
    graph,
    q.ASSIGNED_TO,
    diffPairs(
      assignments.map((assignment) => ({ from: assignment.identityId, to: appId })),
      assigned.map((identityId) => ({ from: identityId, to: appId })),
    ),
  );
  const stored = accounts.flatMap((account) => account.signsInWith.map((to) => ({ from: account.id, to })));
  changed += await writePairs(graph, q.SIGNS_IN_WITH, diffPairs(signInPairs(assignments, accounts), stored));
  return changed;
}

/** Consecutive ids whose sizes add up to at most `limit` (an id larger than that alone). */
function batchesBySize(items: readonly { id: string; size: number }[], limit: number): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let size = 0;
  for (const item of items) {
    if (batch.length && size + item.size > limit) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(item.id);
    size += item.size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/** Deletes, then creates, in transactions of a bounded number of rows. */
async function writePairs(graph: Graph, type: q.DerivedType, changes: PairChanges): Promise<number> {
  const statements = [
    ...chunks(changes.remove).map((pairs) => ({ cypher: type.remove, pairs })),
    ...chunks(changes.mark ?? []).map((pairs) => ({ cypher: type.mark, pairs })),
    ...chunks(changes.add).map((pairs) => ({ cypher: type.add, pairs })),
  ];
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_TRANSACTION) {
    const part = statements.slice(i, i + STATEMENTS_PER_TRANSACTION);
    await graph.executeWrite(async (tx) => {
      for (const { cypher, pairs } of part) await tx.run(cypher, { pairs });
    }, `reconcile-derive-write:${type.name}`);
  }
  return changes.add.length + changes.remove.length + (changes.mark?.length ?? 0);
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}
