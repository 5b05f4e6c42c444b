import { z } from 'zod';
import { decodeRows, readRows } from '../../graph/decode.js';
import { rowsOf } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import type { ApiContext } from '../context.js';
import { findingSchema } from '../findings/finding.mapper.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { scopeManagerId } from '../shared/scope.js';
import { AccountKind, AccountStatus, IdentityStatus, PersonStatus, Privilege } from '../shared/enums.js';
import { appRefSchema } from '../shared/refs.schemas.js';
import { MAX_PEOPLE_PAGE, type PeopleArgs } from './people.args.js';
import type { PersonConnection, PersonDetail } from './person.type.js';
import * as q from './person.queries.js';

const PRIVILEGE_ORDER: Privilege[] = [Privilege.OWNER, Privilege.ADMIN, Privilege.STANDARD, Privilege.VIEWER];

/** PERSON_COLUMNS, and the people in the manager chain and reports. */
const personSchema = z.object({
  id: z.string(),
  employeeId: z
    .string()
    .nullable()
    .transform((id) => id ?? ''),
  displayName: z.string(),
  email: z.string(),
  department: z.string().nullable(),
  title: z.string().nullable(),
  status: z.enum(PersonStatus),
  accountCount: z.number(),
  findingCount: z.number(),
});

const identitySchema = z.object({
  id: z.string(),
  idp: z.string(),
  login: z.string(),
  email: z.string().nullable(),
  status: z.enum(IdentityStatus),
  lastLoginAt: z.string().nullable(),
  lastLoginKnown: z.boolean(),
  isAdmin: z
    .boolean()
    .nullable()
    .transform((isAdmin) => isAdmin === true),
  groups: z.array(z.string()),
});

const accountSchema = z
  .object({
    id: z.string(),
    app: appRefSchema,
    email: z
      .string()
      .nullable()
      .transform((email) => email ?? ''),
    status: z.enum(AccountStatus),
    kind: z.enum(AccountKind),
    roles: z.array(z.string()),
    privileges: z.array(z.string().nullable()),
    seatType: z.string().nullable(),
    lastActiveAt: z.string().nullable(),
    linkReason: z.string().nullable(),
    findings: z.array(findingSchema),
  })
  .transform(({ privileges, ...account }) => ({ ...account, privilege: highestPrivilege(privileges) }));

const personRow = z.object({ person: personSchema });
const totalRow = z.object({ total: z.number() });

const personDetailRow = personRow.extend({
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  alternateEmails: z.array(z.string()),
  managerChain: z.array(personSchema),
  reports: z.array(personSchema),
  identities: z.array(identitySchema),
  accounts: z.array(accountSchema),
});

export class PersonService {
  constructor(private readonly ctx: ApiContext) {}

  async search(args: PeopleArgs): Promise<PersonConnection> {
    const skip = decodeCursor(args.after);
    const query = fulltextQuery(args.search);
    const scope = { scopeManagerId: scopeManagerId(this.ctx.viewer) };
    const page = { ...scope, skip: limitParam(skip, 1_000_000_000), limit: limitParam(args.first + 1, MAX_PEOPLE_PAGE + 1) };
    const [rows, counts] = await this.ctx.graph.executeRead(async (tx) => {
      if (query === null && scope.scopeManagerId !== null)
        return [await tx.run(q.TEAM_ALL, page), await tx.run(q.TEAM_ALL_COUNT, scope)] as const;
      if (query === null) return [await tx.run(q.PEOPLE_ALL, page), await tx.run(q.PEOPLE_ALL_COUNT)] as const;
      return [await tx.run(q.PEOPLE_SEARCH, { ...page, query }), await tx.run(q.PEOPLE_SEARCH_COUNT, { ...scope, query })] as const;
    }, 'people-search');
    const people = decodeRows(personRow, rowsOf(rows), 'people-search').map((row) => row.person);
    const [count] = decodeRows(totalRow, rowsOf(counts), 'people-count');
    const shown = people.slice(0, args.first);
    return {
      nodes: shown,
      totalCount: count?.total ?? 0,
      pageInfo: { hasNextPage: people.length > args.first, endCursor: shown.length ? encodeCursor(skip + shown.length) : null },
    };
  }

  /** Null when there is no such person, or the viewer may not see them: the two look the same. */
  async detail(id: string): Promise<PersonDetail | null> {
    const [row] = await readRows(
      this.ctx.graph,
      q.PERSON_DETAIL,
      { id, scopeManagerId: scopeManagerId(this.ctx.viewer) },
      personDetailRow,
      'person',
    );
    if (!row) return null;
    const { person, ...detail } = row;
    return { ...person, ...detail, manager: detail.managerChain[0] ?? null };
  }
}

/** Turns what a person typed into a Lucene query: every word must match, as a prefix; special characters are escaped. */
export function fulltextQuery(search: string | undefined): string | null {
  const words = (search ?? '')
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&'))
    .filter(Boolean);
  return words.length ? words.map((word) => `${word}*`).join(' AND ') : null;
}

function highestPrivilege(privileges: readonly (string | null)[]): Privilege | null {
  return PRIVILEGE_ORDER.find((p) => privileges.includes(p)) ?? null;
}
