/**
 * What a change touched, so reconciliation and the findings refresh redo only what depends on it.
 * Matching and findings are worked out per app: an app's account links and findings depend on its
 * own records and on the people and identities they may belong to. A change to people, IdP groups or
 * to who manages whom can move any account's owner, so it counts as touching everything; a change to
 * some identities (a SCIM push, a decision on an identity) touches them and the apps they sign in to.
 */
export type ChangeScope =
  /** Everything may have changed: every app is reconciled and refreshed (in per-app transactions). */
  | { readonly kind: 'everything' }
  /**
   * Only these apps' records changed (accounts, roles, seats, integrations), and these identities,
   * which are matched again, with the apps they are assigned to or sign in to. Both empty: nothing changed.
   */
  | { readonly kind: 'apps'; readonly appIds: readonly string[]; readonly identityIds?: readonly string[] };

export const EVERYTHING: ChangeScope = { kind: 'everything' };
export const NOTHING: ChangeScope = { kind: 'apps', appIds: [] };

export function appsScope(appIds: Iterable<string>, identityIds: Iterable<string> = []): ChangeScope {
  const identities = [...new Set(identityIds)].sort();
  return { kind: 'apps', appIds: [...new Set(appIds)].sort(), ...(identities.length ? { identityIds: identities } : {}) };
}

export function identitiesScope(identityIds: Iterable<string>): ChangeScope {
  return appsScope([], identityIds);
}

/** Both changes together. */
export function mergeScopes(a: ChangeScope, b: ChangeScope): ChangeScope {
  if (a.kind === 'everything' || b.kind === 'everything') return EVERYTHING;
  return appsScope([...a.appIds, ...b.appIds], [...(a.identityIds ?? []), ...(b.identityIds ?? [])]);
}

export function isNothing(scope: ChangeScope): boolean {
  return scope.kind === 'apps' && scope.appIds.length === 0 && !scope.identityIds?.length;
}
