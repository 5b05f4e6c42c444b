/**
 * duplicate_account: an active person with a second active, seat-holding account in the same app
 * under their HR alternate email (jdoe@acme.com); only that second account is reported (the
 * primary is the one with the work email). Negative: a second account under the alternate email
 * that is deactivated holds no seat and is not a duplicate.
 */
import { addAccount, cleanTimes, seatRoom } from '../accounts.js';
import { defaultSeat, standardRole } from '../catalog-rules.js';
import type { Counts } from '../counts.js';
import type { Rng } from '../random.js';
import type { AccountState, GenContext, PersonState } from '../state.js';
import { claim, freePeople, isPlainActive } from './helpers.js';

const CASE = 'duplicate_account';

function candidates(ctx: GenContext, rng: Rng): { person: PersonState; primary: AccountState; alternate: string }[] {
  const out: { person: PersonState; primary: AccountState; alternate: string }[] = [];
  for (const person of rng.shuffle(freePeople(ctx, 30))) {
    const alternate = person.record.alternateEmails[0];
    if (!alternate) continue;
    // Only apps whose default seat is paid, so "each holds a seat" also means "each pays for one".
    const primaries = person.accounts.filter(
      (a) => isPlainActive(a) && a.record.seatType !== null && defaultSeat(a.app.entry).monthlyCost > 0 && !a.app.emails.has(alternate),
    );
    if (primaries.length === 0) continue;
    out.push({ person, primary: rng.pick(primaries), alternate });
  }
  return out;
}

export function plantDuplicates(ctx: GenContext, rng: Rng, counts: Counts): void {
  const pool = candidates(ctx, rng);
  let planted = 0;
  let negatives = 0;
  for (const { person, primary, alternate } of pool) {
    const app = primary.app;
    if (planted < counts.duplicates) {
      if (seatRoom(app) < 1) continue;
      claim(person, CASE);
      const account = addAccount(ctx, app, {
        person,
        email: alternate,
        displayName: person.record.displayName,
        status: 'active',
        ...cleanTimes(ctx, rng, app, person),
        roleNames: [standardRole(app.entry).name],
        seatType: defaultSeat(app.entry).name,
        sso: false,
        plantedAs: CASE,
      });
      ctx.truth.expectAccount(CASE, account, CASE);
      planted += 1;
    } else if (negatives < counts.duplicateNegatives) {
      claim(person, 'negative:duplicate-deactivated');
      const times = cleanTimes(ctx, rng, app, person);
      addAccount(ctx, app, {
        person,
        email: alternate,
        displayName: person.record.displayName,
        status: 'deactivated',
        ...times,
        roleNames: [standardRole(app.entry).name],
        seatType: defaultSeat(app.entry).name,
        sso: false,
        plantedAs: 'negative:duplicate-deactivated',
      });
      negatives += 1;
    } else {
      break;
    }
  }
}
