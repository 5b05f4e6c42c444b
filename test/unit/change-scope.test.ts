import { describe, expect, it } from 'vitest';
import {
  appsScope,
  EVERYTHING,
  identitiesScope,
  isNothing,
  mergeScopes,
  NOTHING,
  peopleScope,
  signInsMayHaveChanged,
} from '../../server/shared/change-scope.js';

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

  it('a change to people redoes everything but the sign-ins of apps whose accounts did not change', () => {
    const hr = peopleScope([]);
    expect(signInsMayHaveChanged(hr, 'app-a')).toBe(false);
    expect(signInsMayHaveChanged(EVERYTHING, 'app-a')).toBe(true);
    const hrAndSlack = mergeScopes(hr, appsScope(['app-slack']));
    expect(hrAndSlack).toEqual({ kind: 'everything', signInApps: ['app-slack'] });
    expect(signInsMayHaveChanged(hrAndSlack, 'app-slack')).toBe(true);
    expect(signInsMayHaveChanged(hrAndSlack, 'app-a')).toBe(false);
    // Identities or a full change among them: every app's sign-ins again.
    expect(mergeScopes(hr, identitiesScope(['okta-1']))).toBe(EVERYTHING);
    expect(mergeScopes(hr, EVERYTHING)).toBe(EVERYTHING);
    expect(signInsMayHaveChanged(appsScope(['app-a']), 'app-b')).toBe(false);
  });
});
