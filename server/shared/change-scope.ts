/**
 * What a change touched, so reconciliation and the findings refresh redo only what depends on it.
 * Matching and findings are worked out per app: an app's account links and findings depend on its
 * own records and on the people and identities they may belong to. A change to people, IdP groups or
 * to who manages whom can move any account's owner, so it counts as touching everything; a change to
 * some identities (a SCIM push, a decision on an identity) touches them and the apps they sign in to.
 */
export type ChangeScope =
  /**
   * Everything may have changed: every app is reconciled and refreshed (in per-app transactions).
   * With `signInApps`, people or groups changed but no identity, IdP assignment or other app's
   * accounts did: which account signs in with which identity can only have changed in those apps,
   * so only theirs are derived again (the costliest part of a reconciliation at 100,000 people).
   */
  | { readonly kind: 'everything'; readonly signInApps?: readonly string[] }
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

/** People or groups changed (and these apps' records): everything, but sign-ins only of these apps. */
export function peopleScope(appIds: Iterable<string>): ChangeScope {
  return { kind: 'everything', signInApps: [...new Set(appIds)].sort() };
}

/** Whether reconciling `scope` must derive the sign-ins of `appId` again. */
export function signInsMayHaveChanged(scope: ChangeScope, appId: string): boolean {
  if (scope.kind === 'apps') return scope.appIds.includes(appId);
  return scope.signInApps === undefined || scope.signInApps.includes(appId);
}

export function identitiesScope(identityIds: Iterable<string>): ChangeScope {
  return appsScope([], identityIds);
}

/** Both changes together. */
export function mergeScopes(a: ChangeScope, b: ChangeScope): ChangeScope {
  if (a.kind === 'everything' || b.kind === 'everything') {
    // Changed identities reach apps only reconcileAndRefresh works out (withAppsOfIdentities): all of them then.
    const signInApps = (scope: ChangeScope) =>
      scope.kind === 'everything' ? scope.signInApps : scope.identityIds?.length ? undefined : scope.appIds;
    const [left, right] = [signInApps(a), signInApps(b)];
    return left === undefined || right === undefined ? EVERYTHING : peopleScope([...left, ...right]);
  }
  return appsScope([...a.appIds, ...b.appIds], [...(a.identityIds ?? []), ...(b.identityIds ?? [])]);
}

export function isNothing(scope: ChangeScope): boolean {
  return scope.kind === 'apps' && scope.appIds.length === 0 && !scope.identityIds?.length;
}
