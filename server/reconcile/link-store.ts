/** Reads what matching needs and writes the link changes (link-diff.ts), in bounded transactions. */
import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import type { AccountFacts, IdentityFacts, IdentityOwner, PersonFacts } from './match.js';
import type { EmailNormalization } from './normalize.js';
import { splitChanges, type LinkChanges, type StoredRecord } from './link-diff.js';
import * as q from './reconcile.queries.js';

/** At most this many link and flag changes in one transaction; an app with more is written in several. */
const CHANGES_PER_TRANSACTION = 50_000;
/** Rows per statement within a transaction. */
const ROWS_PER_STATEMENT = 5_000;

const personRow = z.object({
  id: z.string(),
  employeeId: z.string().nullable(),
  email: z.string(),
  alternateEmails: z.array(z.string()),
  displayName: z.string(),
  status: z.string().nullable(),
  endDate: z.string().nullable(),
});

const stored = {
  ruled: z.boolean(),
  ruleLinks: z.array(
    z.object({ personId: z.string(), method: z.string(), confidence: z.number().nullable(), reason: z.string().nullable() }),
  ),
  needsReview: z.boolean().nullable(),
  reviewCandidates: z.array(z.string()).nullable(),
  reviewReason: z.string().nullable(),
};

const identityRow = z.object({
  id: z.string(),
  idp: z.string(),
  login: z.string(),
  email: z.string().nullable(),
  employeeNumber: z.string().nullable(),
  manualOwners: z.array(z.string()),
  ...stored,
});
export type StoredIdentity = IdentityFacts & StoredRecord & { manualOwners: string[] };

const identityOwnerRow = z.object({ id: z.string(), login: z.string(), ruled: z.boolean(), owners: z.array(z.string()) });

const text = z.string().nullable();
const accountRow = z
  .object({
    row: z.tuple([
      z.string(),
      text,
      text,
      text,
      z.array(z.string()),
      z.boolean(),
      z.array(z.tuple([z.string(), z.string(), z.number().nullable(), text])),
      z.boolean().nullable(),
      z.array(z.string()).nullable(),
      text,
    ]),
  })
  .transform(({ row }) => {
    const [id, email, username, displayName, identityIds, ruled, links, needsReview, reviewCandidates, reviewReason] = row;
    const ruleLinks = links.map(([personId, method, confidence, reason]) => ({ personId, method, confidence, reason }));
    return { id, email, username, displayName, identityIds, ruled, ruleLinks, needsReview, reviewCandidates, reviewReason };
  });
export type StoredAccount = AccountFacts & StoredRecord;

const domainsRow = z.object({ domains: z.array(z.string()), aliasDomains: z.array(z.string()) });

export function readPeople(graph: Graph): Promise<PersonFacts[]> {
  return readRows(graph, q.READ_PEOPLE, {}, personRow, 'reconcile-read-people');
}

/** Alias domains of the organization map to its primary domain. */
export async function readNormalization(graph: Graph): Promise<EmailNormalization> {
  const [row] = await readRows(graph, q.READ_DOMAINS, {}, domainsRow, 'reconcile-read-domains');
  const primary = row?.domains[0];
  const aliases = row?.aliasDomains ?? [];
  return { domainAliases: primary ? Object.fromEntries(aliases.map((alias) => [alias.toLowerCase(), primary.toLowerCase()])) : {} };
}

/** Every identity, or those of `ids`. */
export function readIdentities(graph: Graph, ids?: readonly string[]): Promise<StoredIdentity[]> {
  return ids === undefined
    ? readRows(graph, q.READ_IDENTITIES, {}, identityRow, 'reconcile-read-identities')
    : readRows(graph, q.READ_SOME_IDENTITIES, { ids }, identityRow, 'reconcile-read-identities');
}

/**
 * Who each identity belongs to as stored (rule or manual link), and the logins link reasons name
 * (of the identities the rules link, as a full reconciliation gives them).
 */
export async function readIdentityOwners(graph: Graph): Promise<{ owners: IdentityOwner[]; logins: Map<string, string> }> {
  const rows = await readRows(graph, q.READ_IDENTITY_OWNERS, {}, identityOwnerRow, 'reconcile-read-identity-owners');
  return {
    owners: rows.flatMap((row) => row.owners.map((personId) => ({ fromId: row.id, personId }))),
    logins: new Map(rows.filter((row) => row.ruled).map((row) => [row.id, row.login])),
  };
}

/** The accounts of one app, or (null) those in no app. */
export async function readAccounts(graph: Graph, appId: string | null): Promise<StoredAccount[]> {
  const rows =
    appId === null
      ? await readRows(graph, q.READ_ACCOUNTS_WITHOUT_APP, {}, accountRow, 'reconcile-read-accounts')
      : await readRows(graph, q.READ_APP_ACCOUNTS, { appId }, accountRow, 'reconcile-read-accounts');
  return rows.map((row) => ({ ...row, appId }));
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

/** Writes the changes of one kind of record; each record's changes commit together. */
export async function writeLinkChanges(graph: Graph, label: q.RecordLabel, changes: LinkChanges, now: Date): Promise<void> {
  for (const part of splitChanges(changes, CHANGES_PER_TRANSACTION)) {
    await graph.executeWrite(async (tx) => {
      for (const ids of chunks(part.unlink)) await tx.run(q.DELETE_RULE_LINKS(label), { ids });
      for (const rows of chunks(part.link)) await tx.run(q.WRITE_RULE_LINKS(label), { rows, now: now.toISOString() });
      for (const ids of chunks(part.unflag)) await tx.run(q.CLEAR_REVIEW_FLAGS(label), { ids });
      for (const rows of chunks(part.flag)) await tx.run(q.WRITE_REVIEW_FLAGS(label), { rows });
    }, `reconcile-write-${label.toLowerCase()}-links`);
  }
}
