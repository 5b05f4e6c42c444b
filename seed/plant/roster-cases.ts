/**
 * Hard cases that live in the HR roster itself, set up right after it is built (before identities
 * and accounts, which copy the work email):
 * - a contractor whose HR work email is a personal gmail.com address;
 * - two people with the same name and different work emails (the second gets a numbered address);
 * - a rehired person: a long-gone HR record becomes the earlier employment of a current employee,
 *   with the same name and work email, its own (old) employee id and end date, and no identity or
 *   accounts of its own.
 * The accounts side of these cases is planted in hard-cases.ts.
 */
import { emailWord } from '../names.js';
import type { Rng } from '../random.js';
import { PRIMARY_DOMAIN, type GenContext, type PersonState } from '../state.js';
import { DAY_MS } from '../time.js';
import { claim } from './helpers.js';

/** Clean individual contributors (no reports) not used by any case, started at least 60 days ago. */
function plainICs(ctx: GenContext): PersonState[] {
  return ctx.persons.filter(
    (p) => p.category === 'clean' && p.plantedAs === null && !p.isManager && !p.isHead && p.startMs <= ctx.nowMs - 60 * DAY_MS,
  );
}

function plantContractor(ctx: GenContext, rng: Rng): void {
  const person = rng.shuffle(plainICs(ctx))[0];
  if (!person) return;
  const { record } = person;
  record.email = `${emailWord(record.firstName)}.${emailWord(record.lastName)}.contractor@gmail.com`;
  record.alternateEmails = [];
  record.title = 'Contractor';
  claim(person, 'contractor_personal_email');
  ctx.rosterCases.contractors.push(person);
}

function plantSameName(ctx: GenContext, rng: Rng): void {
  const [first, second] = rng.shuffle(plainICs(ctx));
  if (!first || !second) return;
  const base = `${emailWord(first.record.firstName)}.${emailWord(first.record.lastName)}`;
  let local = base;
  for (let n = 2; ctx.usedLocalParts.has(local); n += 1) local = `${base}${n}`;
  ctx.usedLocalParts.add(local);
  Object.assign(second.record, {
    firstName: first.record.firstName,
    lastName: first.record.lastName,
    displayName: first.record.displayName,
    email: `${local}@${PRIMARY_DOMAIN}`,
    alternateEmails: [],
  });
  claim(first, 'same_name');
  claim(second, 'same_name');
  ctx.rosterCases.sameName.push([first, second]);
}

function plantRehire(ctx: GenContext, rng: Rng): void {
  const formers = rng.shuffle(ctx.persons.filter((p) => p.category === 'gone' && p.plantedAs === null && !p.isManager && p.endMs !== null));
  for (const current of rng.shuffle(plainICs(ctx))) {
    // Rehired at least two months after the earlier employment ended.
    const former = formers.find((p) => (p.endMs ?? Infinity) <= current.startMs - 60 * DAY_MS);
    if (!former) continue;
    Object.assign(former.record, {
      firstName: current.record.firstName,
      lastName: current.record.lastName,
      displayName: current.record.displayName,
      email: current.record.email,
      alternateEmails: [],
    });
    former.category = 'rehire-former';
    claim(former, 'rehired_person');
    claim(current, 'rehired_person');
    ctx.rosterCases.rehires.push({ current, former });
    return;
  }
}

/** Needs enough plain people left for the other cases: none in the smallest organizations. */
export function plantRosterCases(ctx: GenContext, rng: Rng): void {
  if (plainICs(ctx).length < 40) return;
  plantContractor(ctx, rng.fork('contractor'));
  plantSameName(ctx, rng.fork('same-name'));
  plantRehire(ctx, rng.fork('rehire'));
}
