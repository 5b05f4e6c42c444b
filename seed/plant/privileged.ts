/**
 * privileged_without_sso: an admin of an app whose plan has SSO available who signs in with a
 * password instead of through Okta. (Admins of apps whose plan has no SSO, such as JetStack AI or
 * Jestor, have no identity either and are correctly not reported.)
 */
import { isLive } from '../accounts.js';
import type { Counts } from '../counts.js';
import type { Rng } from '../random.js';
import type { GenContext } from '../state.js';
import { claim, isAdminAccount, roundRobin, unplantedApps } from './helpers.js';

const CASE = 'privileged_without_sso';

export function plantPrivilegedWithoutSso(ctx: GenContext, rng: Rng, counts: Counts): void {
  const groups = unplantedApps(ctx)
    .filter((app) => app.plan.ssoAvailable)
    .map((app) =>
      app.accounts.filter(
        (a) =>
          isLive(a) &&
          a.record.status === 'active' &&
          isAdminAccount(a) &&
          a.plantedAs === null &&
          a.person?.category === 'clean' &&
          a.person.plantedAs === null,
      ),
    );
  let planted = 0;
  for (const account of roundRobin(rng, groups, Number.POSITIVE_INFINITY)) {
    if (planted >= counts.privilegedWithoutSso) break;
    // One case per person (an admin of two apps is picked once).
    if (!account.person || account.person.plantedAs !== null) continue;
    planted += 1;
    claim(account.person, CASE);
    account.sso = false;
    ctx.truth.expectAccount(CASE, account, CASE);
  }
}
