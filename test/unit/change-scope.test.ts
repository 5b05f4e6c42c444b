import { describe, expect, it } from 'vitest';
import { appsScope, EVERYTHING, identitiesScope, isNothing, mergeScopes, NOTHING } from '../../server/shared/change-scope.js';

describe('what a change touched', () => {
  it('adds up apps and identities of several changes, once each and in order', () => {
    expect(mergeScopes(appsScope(['app-b', 'app-a']), identitiesScope(['okta-2', 'okta-1', 'okta-2']))).toEqual({
      kind: 'apps',
      appIds: ['app-a', 'app-b'],
      identityIds: ['okta-1', 'okta-2'],
    });
    expect(mergeScopes(identitiesScope(['okta-1']), EVERYTHING)).toBe(EVERYTHING);
  });

  it('is nothing only when no app and no identity changed', () => {
    expect(isNothing(NOTHING)).toBe(true);
    expect(isNothing(mergeScopes(NOTHING, NOTHING))).toBe(true);
    expect(isNothing(identitiesScope(['okta-1']))).toBe(false);
    expect(isNothing(appsScope(['app-a']))).toBe(false);
    expect(isNothing(EVERYTHING)).toBe(false);
  });
});
