import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { EVERYTHING, isNothing, signInsMayHaveChanged, type ChangeScope } from '../shared/change-scope.js';
import { deriveRelationships } from './derive.js';
import { READ_APP_IDS } from './derive.queries.js';
import { diffLinks } from './link-diff.js';
import { withReadAhead } from '../shared/read-ahead.js';
import {
  readAccounts,
  readIdentities,
  readIdentityOwners,
  readNormalization,
  readPeople,
  writeLinkChanges,
  type StoredAccount,
} from './link-store.js';
import { accountMatcher, linkIdentities, type AccountFacts, type IdentityOwner, type MatchResult, type PersonFacts } from './match.js';
import type { EmailNormalization } from './normalize.js';
import { COUNT_LINKS } from './reconcile.queries.js';

export interface ReconcileSummary {
  identitiesLinked: number;
  accountsLinked: number;
  accountsUnowned: number;
  /** Accounts and identities that matched several people and wait for a person to decide. */
  needsReview: number;
}

/**
 * Links identities and accounts to the people they belong to, as far as `scope` may have changed
 * who they belong to. Manual links and "no owner" decisions are left alone. Derived relationships
 * are brought up to date first; then identities are matched (for everything only: a change to some
 * apps leaves them as they are) and accounts app by app, against people and identity owners read
 * once. Only what differs from the stored links and review flags is written, app by app in bounded
 * transactions, so re-running is idempotent, a link that still holds keeps its `linkedAt`, and a
 * failure leaves every app either as it was or reconciled. The figures are for the whole graph.
 * A scope's identities are matched again, but only its apps' accounts: reconcileAndRefresh adds the
 * apps those identities reach (withAppsOfIdentities) before calling this.
 */
export async function reconcile(graph: Graph, now: Date, scope: ChangeScope = EVERYTHING): Promise<ReconcileSummary> {
  if (isNothing(scope)) return summarize(graph);
  const everything = scope.kind === 'everything';
  const appIds = everything ? await allAppIds(graph) : scope.appIds;
  await deriveRelationships(
    graph,
    appIds,
    everything,
    appIds.filter((appId) => signInsMayHaveChanged(scope, appId)),
  );

  const people = await readPeople(graph);
  const normalization = await readNormalization(graph);
  const identities = everything
    ? await relinkIdentities(graph, people, normalization, now)
    : await relinkSomeIdentities(graph, people, normalization, now, scope.identityIds ?? []);
  const matchAccounts = accountMatcher(people, identities.owners, identities.logins, normalization);
  const apps: (string | null)[] = everything ? [...appIds, null] : [...appIds];
  await withReadAhead(
    apps,
    (appId) => readAccounts(graph, appId),
    (_appId, accounts) => relinkAccounts(graph, accounts, matchAccounts, now),
  );
  return summarize(graph);
}

async function allAppIds(graph: Graph): Promise<string[]> {
  return (await readRows(graph, READ_APP_IDS, {}, z.object({ id: z.string() }), 'reconcile-read-apps')).map((row) => row.id);
}

/** Matches every identity, writes what changed, and returns every identity's owner (rule or manual) for matching accounts. */
async function relinkIdentities(
  graph: Graph,
  people: PersonFacts[],
  normalization: EmailNormalization,
  now: Date,
): Promise<{ owners: IdentityOwner[]; logins: Map<string, string> }> {
  const identities = await readIdentities(graph);
  const ruled = identities.filter((identity) => identity.ruled);
  const match = linkIdentities(people, ruled, normalization);
  await writeLinkChanges(graph, 'Identity', diffLinks(identities, match), now);
  const manual = identities.flatMap((identity) => identity.manualOwners.map((personId) => ({ fromId: identity.id, personId })));
  return {
    owners: [...match.links, ...manual],
    logins: new Map(ruled.map((identity) => [identity.id, identity.login])),
  };
}

/** Matches these identities again and writes what changed; returns every identity's owner as stored then. */
async function relinkSomeIdentities(
  graph: Graph,
  people: PersonFacts[],
  normalization: EmailNormalization,
  now: Date,
  identityIds: readonly string[],
): Promise<{ owners: IdentityOwner[]; logins: Map<string, string> }> {
  if (identityIds.length) {
    const identities = await readIdentities(graph, identityIds);
    const match = linkIdentities(
      people,
      identities.filter((identity) => identity.ruled),
      normalization,
    );
    await writeLinkChanges(graph, 'Identity', diffLinks(identities, match), now);
  }
  return readIdentityOwners(graph);
}

/**
 * One app's accounts (or those in no app), as read, matched and the difference written. The next
 * app's accounts are read meanwhile: no app's writes change another app's accounts.
 */
async function relinkAccounts(
  graph: Graph,
  accounts: StoredAccount[],
  matchAccounts: (accounts: AccountFacts[]) => MatchResult,
  now: Date,
): Promise<void> {
  if (!accounts.length) return;
  const match = matchAccounts(accounts.filter((account) => account.ruled));
  await writeLinkChanges(graph, 'Account', diffLinks(accounts, match), now);
}

const countsRow = z.object({
  accounts: z.number(),
  accountLinks: z.number(),
  identityLinks: z.number(),
  manualAccountLinks: z.number(),
  manualIdentityLinks: z.number(),
  overridden: z.number(),
  accountsToReview: z.number(),
  identitiesToReview: z.number(),
});

async function summarize(graph: Graph): Promise<ReconcileSummary> {
  const [counts] = await readRows(graph, COUNT_LINKS, {}, countsRow, 'reconcile-counts');
  if (!counts) throw new Error('reconcile-counts returned no row');
  const accountsLinked = counts.accountLinks - counts.manualAccountLinks;
  return {
    identitiesLinked: counts.identityLinks - counts.manualIdentityLinks,
    accountsLinked,
    accountsUnowned: counts.accounts - counts.manualAccountLinks - counts.overridden - accountsLinked,
    needsReview: counts.accountsToReview + counts.identitiesToReview,
  };
}
