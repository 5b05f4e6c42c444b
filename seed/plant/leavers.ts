/**
 * orphaned_account (people): a person terminated 10-40 days ago whose accounts were left active
 * (their Okta identity is deprovisioned) - every one of their live active accounts; and an active
 * person whose Okta identity is suspended - every live active account that signs in with it.
 * Runs after identity logins are resolved, since "signs in with" depends on the app's plan.
 */
import { isLive } from '../accounts.js';
import type { GenContext } from '../state.js';

const CASE = 'orphaned_account';

export function expectLeaverOrphans(ctx: GenContext): void {
  for (const person of ctx.persons) {
    if (person.category !== 'leaver-orphan' && person.category !== 'suspended') continue;
    for (const account of person.accounts) {
      if (!isLive(account) || account.record.status !== 'active') continue;
      if (person.category === 'suspended' && account.record.identityLogin === null) continue;
      ctx.truth.expectAccount(CASE, account, `${CASE}:${person.category}`);
    }
  }
}
