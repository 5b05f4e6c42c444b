import { z } from 'zod';
import { ROLE_HOLDERS_SHOWN } from '../../findings/role-holders.js';
import { readRows } from '../../graph/decode.js';
import type { Graph } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { AccountStatus, PersonStatus } from '../shared/enums.js';
import type { RoleHolder, RoleHolderConnection } from './app.type.js';
import { ROLE_HOLDER_PAGE } from './app.queries.js';

/** One holder: account id, email, status; the person's id, name, email, status (all null without one); effective; why not. */
const holderTuple = z.union([
  z.tuple([
    z.string(),
    z.string(),
    z.enum(AccountStatus),
    z.string(),
    z.string(),
    z.string(),
    z.enum(PersonStatus),
    z.boolean().nullable(),
    z.string().nullable(),
  ]),
  z.tuple([
    z.string(),
    z.string(),
    z.enum(AccountStatus),
    z.null(),
    z.null(),
    z.null(),
    z.null(),
    z.boolean().nullable(),
    z.string().nullable(),
  ]),
]);
const storedRow = z.object({ storedIds: z.array(z.string()), totalCount: z.number(), holders: z.array(holderTuple) });
const restRow = z.object({ holder: holderTuple });

/**
 * A role's live holders a page at a time, in one order: first those the findings refresh stored on
 * a large role (its first by email, read by id), then every other by email. The cursor is the
 * position in that order, so a page never repeats or skips a holder even when one was removed
 * since the refresh (that page is one shorter). Null when the role does not exist.
 */
export async function roleHolderPage(
  graph: Graph,
  roleId: string,
  first: number,
  after: string | null | undefined,
): Promise<RoleHolderConnection | null> {
  const skip = decodeCursor(after);
  const end = skip + first;
  const [role] = await readRows(
    graph,
    ROLE_HOLDER_PAGE.stored,
    { roleId, from: limitParam(skip, Number.MAX_SAFE_INTEGER), to: limitParam(end, Number.MAX_SAFE_INTEGER) },
    storedRow,
    'app-role-holders',
  );
  if (!role) return null;
  const stored = role.storedIds.length;
  const holders = role.holders.map(toHolder);
  let hasNextPage = end < role.totalCount;
  if (end > stored) {
    const wanted = end - Math.max(skip, stored);
    const rest = await readRows(
      graph,
      ROLE_HOLDER_PAGE.rest,
      {
        roleId,
        storedIds: role.storedIds,
        skip: limitParam(Math.max(0, skip - stored), Number.MAX_SAFE_INTEGER),
        limit: limitParam(wanted + 1, ROLE_HOLDERS_SHOWN + 1),
      },
      restRow,
      'app-role-holders',
    );
    holders.push(...rest.slice(0, wanted).map((row) => toHolder(row.holder)));
    hasNextPage = rest.length > wanted;
  }
  return { nodes: holders, totalCount: role.totalCount, pageInfo: { endCursor: hasNextPage ? encodeCursor(end) : null, hasNextPage } };
}

function toHolder([
  accountId,
  accountEmail,
  accountStatus,
  personId,
  personName,
  personEmail,
  personStatus,
  effective,
  notEffectiveBecause,
]: z.output<typeof holderTuple>): RoleHolder {
  return {
    account: { id: accountId, email: accountEmail, status: accountStatus },
    person: personId === null ? null : { id: personId, displayName: personName, email: personEmail, status: personStatus },
    effective: effective === true,
    notEffectiveBecause,
  };
}
