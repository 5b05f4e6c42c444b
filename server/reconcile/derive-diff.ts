/**
 * Which derived relationships should exist, worked out from the raw references imports store, and
 * how that differs from the ones stored. Pure; derive.ts reads the facts and writes the difference.
 * Each rule here is the one the graph used to apply in Cypher: same keys, exact string equality.
 */

/** A relationship from one node to another, by their ids. */
export interface Pair {
  from: string;
  to: string;
}

export interface PairChanges {
  add: Pair[];
  remove: Pair[];
  /** Pairs to add that another writer's relationship already joins: marked derived instead of created. */
  mark?: Pair[];
}

const key = (pair: Pair): string => `${pair.from}\u0000${pair.to}`;

export function diffPairs(desired: readonly Pair[], stored: readonly Pair[]): PairChanges {
  const want = new Map(desired.map((pair) => [key(pair), pair]));
  const have = new Map(stored.map((pair) => [key(pair), pair]));
  return {
    add: [...want].filter(([k]) => !have.has(k)).map(([, pair]) => pair),
    remove: [...have].filter(([k]) => !want.has(k)).map(([, pair]) => pair),
  };
}

/** The changes, with the pairs to add that `existing` (relationships not derived) already holds moved to `mark`. */
export function markingExisting(changes: PairChanges, existing: readonly Pair[]): PairChanges {
  if (!existing.length) return changes;
  const there = new Set(existing.map(key));
  return {
    add: changes.add.filter((pair) => !there.has(key(pair))),
    remove: changes.remove,
    mark: changes.add.filter((pair) => there.has(key(pair))),
  };
}

export interface AssignmentFacts {
  identityId: string;
  appUserName: string | null;
  appExternalId: string | null;
}

export interface AccountKeys {
  id: string;
  email: string | null;
  username: string | null;
  externalId: string | null;
}

function indexBy(accounts: readonly AccountKeys[], field: 'email' | 'username' | 'externalId'): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const account of accounts) {
    const value = account[field];
    if (value === null) continue;
    const ids = index.get(value);
    if (ids) ids.push(account.id);
    else index.set(value, [account.id]);
  }
  return index;
}

/**
 * Account -> identity it signs in with: an IdP assignment of the app names the account by its user
 * name in the app (the account's email or user name) or by the account's external id.
 */
export function signInPairs(assignments: readonly AssignmentFacts[], accounts: readonly AccountKeys[]): Pair[] {
  const byEmail = indexBy(accounts, 'email');
  const byUsername = indexBy(accounts, 'username');
  const byExternalId = indexBy(accounts, 'externalId');
  const pairs: Pair[] = [];
  for (const assignment of assignments) {
    const ids = new Set([
      ...(assignment.appUserName === null
        ? []
        : [...(byEmail.get(assignment.appUserName) ?? []), ...(byUsername.get(assignment.appUserName) ?? [])]),
      ...(assignment.appExternalId === null ? [] : (byExternalId.get(assignment.appExternalId) ?? [])),
    ]);
    for (const id of ids) pairs.push({ from: id, to: assignment.identityId });
  }
  return pairs;
}

export interface PersonRefs {
  id: string;
  employeeId: string | null;
  email: string | null;
  managerRef: string | null;
  /** Not marked removed by an HR import. */
  live: boolean;
}

/** Person -> manager: the person whose employee id is the reference, or, when nobody has it, whose email is (lower-cased). */
export function managerPairs(people: readonly PersonRefs[]): Pair[] {
  const byEmployeeId = new Map<string, string[]>();
  const byEmail = new Map<string, string[]>();
  const add = (index: Map<string, string[]>, value: string | null, id: string): void => {
    if (value === null) return;
    const ids = index.get(value);
    if (ids) ids.push(id);
    else index.set(value, [id]);
  };
  for (const person of people) {
    add(byEmployeeId, person.employeeId, person.id);
    add(byEmail, person.email, person.id);
  }
  const pairs: Pair[] = [];
  for (const person of people) {
    if (!person.live || person.managerRef === null) continue;
    const managers = byEmployeeId.get(person.managerRef) ?? byEmail.get(person.managerRef.toLowerCase()) ?? [];
    for (const manager of new Set(managers)) if (manager !== person.id) pairs.push({ from: person.id, to: manager });
  }
  return pairs;
}
