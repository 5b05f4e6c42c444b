/**
 * Okta identities: one per person except those terminated long ago (already purged from the
 * export). Active people are ACTIVE, future hires STAGED (never signed in), recent leavers
 * DEPROVISIONED, planted suspended people SUSPENDED. A few IT people are Okta admins. A rehire's
 * earlier HR record has none (the identity is the current record's).
 */
import type { IdentityRecord, IdentityStatus } from './org.types.js';
import type { Rng } from './random.js';
import type { PersonState } from './state.js';
import { DAY_MS, HOUR_MS, between, iso } from './time.js';

function statusOf(person: PersonState): IdentityStatus | null {
  switch (person.category) {
    case 'gone':
    case 'rehire-former':
      return null;
    case 'future':
      return 'staged';
    case 'leaver-clean':
    case 'leaver-orphan':
      return 'deprovisioned';
    case 'suspended':
      return 'suspended';
    case 'clean':
    case 'leave':
      return 'active';
  }
}

function lastLogin(rng: Rng, nowMs: number, person: PersonState, status: IdentityStatus, createdMs: number): number | null {
  switch (status) {
    case 'staged':
      return null;
    case 'deprovisioned':
      return between(rng, (person.endMs ?? nowMs) - 2 * DAY_MS, (person.endMs ?? nowMs) - HOUR_MS);
    case 'suspended':
      return between(rng, (person.suspendedSinceMs ?? nowMs) - 3 * DAY_MS, person.suspendedSinceMs ?? nowMs);
    case 'active':
      if (person.leaveSinceMs !== null) return between(rng, person.leaveSinceMs - 5 * DAY_MS, person.leaveSinceMs);
      return between(rng, Math.max(createdMs + HOUR_MS, nowMs - 3 * DAY_MS), nowMs - HOUR_MS);
  }
}

export function buildIdentities(rng: Rng, nowMs: number, persons: PersonState[]): IdentityRecord[] {
  const identities: IdentityRecord[] = [];
  const itAdmins = new Set(
    rng.sample(
      persons.filter((p) => p.department === 'IT' && p.category === 'clean'),
      3,
    ),
  );
  for (const person of persons) {
    const status = statusOf(person);
    if (status === null) continue;
    const createdMs =
      status === 'staged'
        ? between(rng, nowMs - 10 * DAY_MS, nowMs - DAY_MS)
        : between(rng, person.startMs - 14 * DAY_MS, person.startMs - DAY_MS);
    const loginMs = lastLogin(rng, nowMs, person, status, createdMs);
    const identity: IdentityRecord = {
      id: `okta-${person.record.employeeId}`,
      idp: 'okta',
      login: person.record.email,
      email: person.record.email,
      employeeNumber: person.record.employeeId,
      status,
      lastLoginAt: loginMs === null ? null : iso(loginMs),
      createdAt: iso(createdMs),
      isAdmin: itAdmins.has(person),
    };
    person.identity = identity;
    identities.push(identity);
  }
  return identities;
}
