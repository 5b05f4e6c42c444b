import { rowsOf, type Row } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import type { ApiContext } from '../context.js';
import { toFinding } from '../findings/finding.mapper.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { scopeManagerId } from '../shared/scope.js';
import { Privilege, type AccountKind, type AccountStatus } from '../shared/enums.js';
import { MAX_PEOPLE_PAGE, type PeopleArgs } from './people.args.js';
import type { Identity, Person, PersonAccount, PersonConnection, PersonDetail } from './person.type.js';
import * as q from './person.queries.js';

const PRIVILEGE_ORDER: Privilege[] = [Privilege.OWNER, Privilege.ADMIN, Privilege.STANDARD, Privilege.VIEWER];

export class PersonService {
  constructor(private readonly ctx: ApiContext) {}

  async search(args: PeopleArgs): Promise<PersonConnection> {
    const skip = decodeCursor(args.after);
    const query = fulltextQuery(args.search);
    const scope = { scopeManagerId: scopeManagerId(this.ctx.viewer) };
    const page = { ...scope, skip: limitParam(skip, 1_000_000_000), limit: limitParam(args.first + 1, MAX_PEOPLE_PAGE + 1) };
    const [rows, counts] = await this.ctx.graph.executeRead(async (tx) => {
      if (query === null) return [await tx.run(q.PEOPLE_ALL, page), await tx.run(q.PEOPLE_ALL_COUNT, scope)] as const;
      return [await tx.run(q.PEOPLE_SEARCH, { ...page, query }), await tx.run(q.PEOPLE_SEARCH_COUNT, { ...scope, query })] as const;
    }, 'people-search');
    const people = rowsOf(rows).map((row) => toPerson(row.person as Row));
    const shown = people.slice(0, args.first);
    return {
      nodes: shown,
      totalCount: Number(rowsOf(counts)[0]?.total ?? 0),
      pageInfo: { hasNextPage: people.length > args.first, endCursor: shown.length ? encodeCursor(skip + shown.length) : null },
    };
  }

  /** Null when there is no such person, or the viewer may not see them: the two look the same. */
  async detail(id: string): Promise<PersonDetail | null> {
    const rows = await this.ctx.graph.read(q.PERSON_DETAIL, { id, scopeManagerId: scopeManagerId(this.ctx.viewer) }, 'person');
    const row = rows[0];
    if (!row) return null;
    const managerChain = (row.managerChain as Row[]).map(toPerson);
    return {
      ...toPerson(row.person as Row),
      startDate: (row.startDate as string | null) ?? null,
      endDate: (row.endDate as string | null) ?? null,
      alternateEmails: row.alternateEmails as string[],
      manager: managerChain[0] ?? null,
      managerChain,
      reports: (row.reports as Row[]).map(toPerson),
      identities: (row.identities as Row[]).map(toIdentity),
      accounts: (row.accounts as Row[]).map(toAccount),
    };
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

function toPerson(row: Row): Person {
  return {
    id: String(row.id),
    employeeId: String(row.employeeId ?? ''),
    displayName: String(row.displayName),
    email: String(row.email),
    department: (row.department as string | null) ?? null,
    title: (row.title as string | null) ?? null,
    status: row.status as Person['status'],
    accountCount: Number(row.accountCount ?? 0),
    findingCount: Number(row.findingCount ?? 0),
  };
}

function toIdentity(row: Row): Identity {
  return {
    id: String(row.id),
    idp: String(row.idp),
    login: String(row.login),
    email: (row.email as string | null) ?? null,
    status: row.status as Identity['status'],
    lastLoginAt: (row.lastLoginAt as string | null) ?? null,
    lastLoginKnown: row.lastLoginKnown !== false,
    isAdmin: row.isAdmin === true,
    groups: (row.groups as string[]) ?? [],
  };
}

function toAccount(row: Row): PersonAccount {
  const privileges = (row.privileges as string[]) ?? [];
  const app = row.app as Row;
  return {
    id: String(row.id),
    app: { id: String(app.id), name: String(app.name) },
    email: String(row.email ?? ''),
    status: row.status as AccountStatus,
    kind: row.kind as AccountKind,
    roles: (row.roles as string[]) ?? [],
    privilege: PRIVILEGE_ORDER.find((p) => privileges.includes(p)) ?? null,
    seatType: (row.seatType as string | null) ?? null,
    lastActiveAt: (row.lastActiveAt as string | null) ?? null,
    linkReason: (row.linkReason as string | null) ?? null,
    findings: ((row.findings as Row[]) ?? []).map(toFinding),
  };
}
