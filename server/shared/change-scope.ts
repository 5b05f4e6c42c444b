/**
 * What a change touched, so reconciliation and the findings refresh redo only what depends on it.
 * Matching and findings are worked out per app: an app's account links and findings depend on its
 * own records and on the people and identities they may belong to. A change to people, identities,
 * IdP groups or assignments can move any account's owner, so it counts as touching everything.
 */
export type ChangeScope =
  /** Everything may have changed: every app is reconciled and refreshed (in per-app transactions). */
  | { readonly kind: 'everything' }
  /** Only these apps' records changed (accounts, roles, seats, integrations); empty: nothing changed. */
  | { readonly kind: 'apps'; readonly appIds: readonly string[] };

export const EVERYTHING: ChangeScope = { kind: 'everything' };
export const NOTHING: ChangeScope = { kind: 'apps', appIds: [] };

export function appsScope(appIds: Iterable<string>): ChangeScope {
  return { kind: 'apps', appIds: [...new Set(appIds)].sort() };
}

/** Both changes together. */
export function mergeScopes(a: ChangeScope, b: ChangeScope): ChangeScope {
  if (a.kind === 'everything' || b.kind === 'everything') return EVERYTHING;
  return appsScope([...a.appIds, ...b.appIds]);
}

export function isNothing(scope: ChangeScope): boolean {
  return scope.kind === 'apps' && scope.appIds.length === 0;
}
