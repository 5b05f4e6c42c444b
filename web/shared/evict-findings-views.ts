import type { ApolloCache } from '@apollo/client';

/**
 * Root fields whose answers follow the findings (counts, spend, waste, admin counts, owners, the
 * audit log): a mutation after which the server recomputed findings drops them, so the pages not on
 * screen load afresh when next shown. One list, so a new findings-bearing view is added once.
 */
const FINDINGS_DEPENDENT_FIELDS = [
  'overview',
  'kpiQuarters',
  'apps',
  'app',
  'finding',
  'findings',
  'people',
  'person',
  'myTeam',
  'auditEvents',
  'auditChain',
] as const;

/** Drops the findings-dependent root fields and any `extra` ones, then what nothing refers to any more. */
export function evictFindingsViews(cache: ApolloCache, extra: readonly string[] = []): void {
  for (const fieldName of [...FINDINGS_DEPENDENT_FIELDS, ...extra]) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
