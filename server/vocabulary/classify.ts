/**
 * A person says what a role or seat type in the customer's words is: its privilege, or its cost per
 * seat. The choice is kept on the graph apart from the imported default, so re-imports keep it;
 * it is recorded in the audit log in the same transaction, and the findings are recomputed.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Privilege } from '../catalog/catalog.types.js';
import { settleDecision } from '../kpi/after-decision.js';
import { z } from 'zod';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { appsScope } from '../shared/change-scope.js';
import * as q from './vocabulary.queries.js';
import {
  vocabularyAppSchema,
  vocabularyRoleSchema,
  vocabularySeatTypeSchema,
  type VocabularyApp,
  type VocabularyRole,
  type VocabularySeatType,
} from './vocabulary.types.js';

export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';

  constructor(
    message: string,
    readonly code: 'NOT_FOUND' | 'BAD_INPUT',
    readonly field: string,
  ) {
    super(message);
  }
}

export interface ClassifiedRole {
  app: VocabularyApp;
  role: VocabularyRole;
}

export interface ClassifiedSeatType {
  app: VocabularyApp;
  seatType: VocabularySeatType;
}

const idRow = z.object({ id: z.string() });
const roleRow = z.object({ app: vocabularyAppSchema, role: vocabularyRoleSchema });
const seatTypeRow = z.object({ app: vocabularyAppSchema, seat: vocabularySeatTypeSchema });

/** Upper bound on a seat's monthly cost: far above any list price, it catches a yearly or total figure typed by mistake. */
export const MAX_MONTHLY_SEAT_COST = 100_000;

/** The id of an app's role, the app and the role each named by id or name (any case). */
export async function findRoleId(graph: Graph, app: string, role: string): Promise<string> {
  const [row] = await readRows(graph, q.FIND_ROLE, { app, role }, idRow, 'vocabulary-find-role');
  if (!row)
    throw new VocabularyError(
      `no role ${JSON.stringify(role)} in an app named ${JSON.stringify(app)} (attest roles --all lists them)`,
      'NOT_FOUND',
      'role',
    );
  return row.id;
}

export async function findSeatTypeId(graph: Graph, app: string, seatType: string): Promise<string> {
  const [row] = await readRows(graph, q.FIND_SEAT_TYPE, { app, seatType }, idRow, 'vocabulary-find-seat');
  if (!row)
    throw new VocabularyError(
      `no seat type ${JSON.stringify(seatType)} in an app named ${JSON.stringify(app)} (attest roles --all lists them)`,
      'NOT_FOUND',
      'seatType',
    );
  return row.id;
}

export async function confirmPrivilege(
  graph: Graph,
  catalog: Catalog,
  roleId: string,
  privilege: Privilege,
  actor: Actor,
  now: Date,
): Promise<ClassifiedRole> {
  const classified = await graph.executeWrite(async (tx) => {
    const before = await readRole(tx, roleId);
    await tx.run(q.CONFIRM_PRIVILEGE, { id: roleId, privilege });
    const after = await readRole(tx, roleId);
    await appendAudit(
      tx,
      actor,
      { action: 'role.classify', targetType: 'role', targetId: roleId, before: audited(before.role), after: audited(after.role) },
      now,
    );
    return after;
  }, 'vocabulary-classify-role');
  await settleDecision(graph, catalog, now, { refresh: appsScope([classified.app.id]) });
  return classified;
}

export async function confirmSeatCost(
  graph: Graph,
  catalog: Catalog,
  seatTypeId: string,
  monthlyCost: number,
  actor: Actor,
  now: Date,
): Promise<ClassifiedSeatType> {
  if (!Number.isFinite(monthlyCost) || monthlyCost < 0 || monthlyCost > MAX_MONTHLY_SEAT_COST) {
    throw new VocabularyError(
      `a seat's monthly cost must be a number from 0 to ${MAX_MONTHLY_SEAT_COST}, got ${monthlyCost}`,
      'BAD_INPUT',
      'monthlyCost',
    );
  }
  const classified = await graph.executeWrite(async (tx) => {
    const before = await readSeatType(tx, seatTypeId);
    await tx.run(q.CONFIRM_SEAT_COST, { id: seatTypeId, monthlyCost });
    const after = await readSeatType(tx, seatTypeId);
    await appendAudit(
      tx,
      actor,
      {
        action: 'seat_type.cost',
        targetType: 'seat_type',
        targetId: seatTypeId,
        before: audited(before.seatType),
        after: audited(after.seatType),
      },
      now,
    );
    return after;
  }, 'vocabulary-seat-cost');
  await settleDecision(graph, catalog, now, { refresh: appsScope([classified.app.id]) });
  return classified;
}

/** What the audit log keeps: the choice and where it came from, not the holder count of the moment. */
function audited<T extends { holders: number }>(record: T): Omit<T, 'holders'> {
  const { holders: _holders, ...rest } = record;
  return rest;
}

async function readRole(tx: ManagedTransaction, id: string): Promise<ClassifiedRole> {
  const [row] = decodeRows(roleRow, rowsOf(await tx.run(q.READ_ROLE, { id })), 'vocabulary-read-role');
  if (!row) throw new VocabularyError(`no role has the id ${JSON.stringify(id)}`, 'NOT_FOUND', 'roleId');
  return row;
}

async function readSeatType(tx: ManagedTransaction, id: string): Promise<ClassifiedSeatType> {
  const [row] = decodeRows(seatTypeRow, rowsOf(await tx.run(q.READ_SEAT_TYPE, { id })), 'vocabulary-read-seat');
  if (!row) throw new VocabularyError(`no seat type has the id ${JSON.stringify(id)}`, 'NOT_FOUND', 'seatTypeId');
  return { app: row.app, seatType: row.seat };
}
