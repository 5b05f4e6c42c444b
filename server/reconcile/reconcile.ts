import type { Graph } from '../graph/graph.js';
import { linkAccounts, linkIdentities, type AccountFacts, type IdentityFacts, type Link, type PersonFacts } from './match.js';
import * as q from './reconcile.queries.js';
import {
  DERIVE_APP_OWNERS,
  DERIVE_INTEGRATION_AUTHORS,
  DERIVE_MEMBERSHIPS,
  DERIVE_REPORTS_TO,
  DERIVE_SIGNS_IN_WITH,
} from './derive.queries.js';

export interface ReconcileSummary {
  identitiesLinked: number;
  accountsLinked: number;
  accountsUnowned: number;
  /** Accounts and identities that matched several people and wait for a person to decide. */
  needsReview: number;
}

const WRITE_BATCH = 5000;

/**
 * Links every identity and account to the person it belongs to. Manual links are left alone;
 * rule links are recomputed from scratch in one transaction, so re-running is idempotent and a
 * failure leaves the previous links in place.
 */
export async function reconcile(graph: Graph, now: Date): Promise<ReconcileSummary> {
  await graph.executeWrite(async (tx) => {
    for (const statement of [
      ...DERIVE_REPORTS_TO,
      ...DERIVE_APP_OWNERS,
      ...DERIVE_MEMBERSHIPS,
      ...DERIVE_SIGNS_IN_WITH,
      ...DERIVE_INTEGRATION_AUTHORS,
    ])
      await tx.run(statement);
  }, 'reconcile-derive');
  const [people, identities, accounts, manualIdentityLinks, normalization] = await graph.executeRead(async (tx) => {
    const peopleRows = (await tx.run(q.READ_PEOPLE)).records.map((r) => r.toObject() as PersonFacts);
    const identityRows = (await tx.run(q.READ_IDENTITIES)).records.map((r) => r.toObject() as IdentityFacts);
    const accountRows = (await tx.run(q.READ_ACCOUNTS)).records.map((r) => r.toObject() as AccountFacts);
    const manual = (await tx.run(q.READ_MANUAL_IDENTITY_LINKS)).records.map((r) => ({
      identityId: String(r.get('identityId')),
      personId: String(r.get('personId')),
    }));
    const domains = (await tx.run(q.READ_DOMAINS)).records[0];
    const primary = (domains?.get('domains') as string[] | undefined)?.[0];
    const aliases = (domains?.get('aliasDomains') as string[] | undefined) ?? [];
    const domainAliases: Record<string, string> = primary
      ? Object.fromEntries(aliases.map((alias) => [alias.toLowerCase(), primary.toLowerCase()]))
      : {};
    return [peopleRows, identityRows, accountRows, manual, { domainAliases }] as const;
  }, 'reconcile-read');

  const identityMatch = linkIdentities(people, identities, normalization);
  const identityLinks = identityMatch.links;
  const allIdentityOwners: Link[] = [
    ...identityLinks,
    ...manualIdentityLinks.map((m) => ({
      fromId: m.identityId,
      personId: m.personId,
      method: 'manual' as const,
      confidence: 1,
      reason: 'linked by hand',
    })),
  ];
  const logins = new Map(identities.map((identity) => [identity.id, identity.login]));
  const accountMatch = linkAccounts(people, allIdentityOwners, accounts, logins, normalization);
  const accountLinks = accountMatch.links;
  const ambiguous = [...identityMatch.ambiguous, ...accountMatch.ambiguous];

  await graph.executeWrite(async (tx) => {
    await tx.run(q.DELETE_RULE_LINKS);
    await tx.run(q.CLEAR_REVIEW_FLAGS);
    if (ambiguous.length) await tx.run(q.WRITE_REVIEW_FLAGS, { rows: ambiguous });
    for (let i = 0; i < identityLinks.length; i += WRITE_BATCH) {
      await tx.run(q.WRITE_IDENTITY_LINKS, { rows: identityLinks.slice(i, i + WRITE_BATCH), now: now.toISOString() });
    }
    for (let i = 0; i < accountLinks.length; i += WRITE_BATCH) {
      await tx.run(q.WRITE_ACCOUNT_LINKS, { rows: accountLinks.slice(i, i + WRITE_BATCH), now: now.toISOString() });
    }
  }, 'reconcile-write');

  return {
    identitiesLinked: identityLinks.length,
    accountsLinked: accountLinks.length,
    accountsUnowned: accounts.length - accountLinks.length,
    needsReview: ambiguous.length,
  };
}
