import { InMemoryCache, type ApolloClient } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind } from 'graphql';

/**
 * Root fields whose answers follow review decisions and assignments: campaign counts and reviewer
 * progress, My reviews, My team and the audit log. One list, so a new review view is added once.
 */
const REVIEW_DEPENDENT_FIELDS = [
  'campaigns',
  'campaign',
  'overdueReviewers',
  'myReviews',
  'myTeam',
  'reviewItem',
  'auditEvents',
  'auditChain',
] as const;

/**
 * Drops every cached answer of the review views except those a query on screen holds (those are
 * fetched again by the mutation's `refetchQueries: 'active'`; dropping them too would blank the
 * page while they load). So a page not on screen, or another filter of the one on screen (My
 * reviews' decided tab, another campaign), loads afresh when next shown, never older than the change.
 */
export function evictReviewViews(client: ApolloClient): void {
  const { cache } = client;
  const held = heldStoreFieldNames(client);
  const drop = (_value: unknown, { storeFieldName, DELETE }: { storeFieldName: string; DELETE: unknown }) =>
    held === null || !held.has(storeFieldName) ? DELETE : _value;
  cache.modify({ id: 'ROOT_QUERY', fields: Object.fromEntries(REVIEW_DEPENDENT_FIELDS.map((field) => [field, drop])) });
  cache.gc();
}

/** The root store field names (field plus arguments) the active queries read; null when they cannot be worked out. */
function heldStoreFieldNames(client: ApolloClient): Set<string> | null {
  const { cache } = client;
  if (!(cache instanceof InMemoryCache)) return null;
  const held = new Set<string>();
  for (const query of client.getObservableQueries('active')) {
    const definition = getMainDefinition(query.query);
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      held.add(
        cache.policies.getStoreFieldName({
          typename: 'Query',
          fieldName: selection.name.value,
          field: selection,
          variables: query.variables,
        }),
      );
    }
  }
  return held;
}
