import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, type FieldPolicy } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CSRF_HEADER, csrfToken, goToSignIn } from '../features/auth/auth.js';

interface CachedConnection {
  nodes: readonly unknown[];
}

/**
 * A `{ nodes, pageInfo, totals }` connection paged with `first` / `after`. Pages of the same
 * filter (`keyArgs`) are appended; a request without `after` starts the list again.
 */
function cursorConnection(keyArgs: string[]): FieldPolicy<CachedConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || typeof args?.['after'] !== 'string') return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          findings: cursorConnection(['filter', 'sort']),
          people: cursorConnection(['search']),
        },
      },
      // One overview per organization: every query that selects part of it shares one entry.
      Overview: { keyFields: [] },
      AppSeatUsage: { keyFields: ['appId'] },
      // One entry per source, shared by the sources page and the overview's stale sources.
      Source: { keyFields: ['scope'] },
      ImportKindInfo: { keyFields: ['kind'] },
      // No identity of their own: they live inside the app or finding that holds them.
      AppRole: { keyFields: false },
      AppSeatType: { keyFields: false },
      PendingInvite: { keyFields: false },
      RoleHolder: { keyFields: false },
      Caveat: { keyFields: false },
      FindingTotal: { keyFields: false },
      AccountStatusCount: { keyFields: false },
      // Review figures and snapshots have no identity of their own: they belong to their campaign or item.
      CampaignProgress: { keyFields: false },
      ReviewerProgress: { keyFields: false },
      AppProgress: { keyFields: false },
      BurndownDay: { keyFields: false },
      OverdueReviewer: { keyFields: false },
      TeamCampaign: { keyFields: false },
      DecisionCount: { keyFields: false },
      AccountSnapshot: { keyFields: false },
      HeldRole: { keyFields: false },
      FindingBrief: { keyFields: false },
      AuditChain: { keyFields: [] },
      MyTeam: { keyFields: ['personId'] },
      // A report's accounts depend on the filter, so one person is not one cache entry across filters.
      TeamMember: { keyFields: false },
    },
  });
}

/** Every request carries the session's CSRF token; a signed-out answer (session expired) goes to the sign-in page. */
const sessionLinks = ApolloLink.from([
  new SetContextLink((context) => {
    const token = csrfToken();
    return token ? { headers: { ...(context['headers'] as Record<string, string> | undefined), [CSRF_HEADER]: token } } : {};
  }),
  new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) goToSignIn();
  }),
]);

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionLinks, new HttpLink({ uri })]),
    cache: createCache(),
  });
}
