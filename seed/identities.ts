/**
 * Okta identities: one per person except those terminated long ago (already purged from the
 * export). Active people are ACTIVE, future hires STAGED (never signed in), recent leavers
 * DEPROVISIONED, planted suspended people SUSPENDED. A few IT people are Okta admins. A rehire's
 * earlier HR record has none (the identity is the current record's). A deprovisioned identity's
 * statusChanged is hours after the termination date: within a day for most leavers, days late for
 * every third offboarded one and every other one whose accounts were left active (the leaver
 * report's late cases); a suspended one's is when it was suspended.
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

function statusChangedMs(rng: Rng, nowMs: number, person: PersonState, status: IdentityStatus, createdMs: number, late: boolean): number {
  if (status === 'suspended') return person.suspendedSinceMs ?? createdMs;
  if (status !== 'deprovisioned' || person.endMs === null) return createdMs;
  const hours = late ? rng.int(30, 120) : rng.int(1, 20);
  return Math.min(nowMs - HOUR_MS, person.endMs + hours * HOUR_MS + rng.int(0, 59) * 60_000);
}

export function buildIdentities(rng: Rng, nowMs: number, persons: PersonState[]): IdentityRecord[] {
  const identities: IdentityRecord[] = [];
  const changes = rng.fork('status-changed');
  const seen = { 'leaver-clean': 0, 'leaver-orphan': 0 };
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
    // Every third offboarded leaver, and every other one whose accounts were left active, was deprovisioned in Okta late.
    const late =
      (person.category === 'leaver-clean' && seen['leaver-clean']++ % 3 === 1) ||
      (person.category === 'leaver-orphan' && seen['leaver-orphan']++ % 2 === 0);
    const identity: IdentityRecord = {
      id: `okta-${person.record.employeeId}`,
      idp: 'okta',
      login: person.record.email,
      email: person.record.email,
      employeeNumber: person.record.employeeId,
      status,
      lastLoginAt: loginMs === null ? null : iso(loginMs),
      createdAt: iso(createdMs),
      statusChangedAt: iso(statusChangedMs(changes, nowMs, person, status, createdMs, late)),
      isAdmin: itAdmins.has(person),
    };
    person.identity = identity;
    identities.push(identity);
  }
  return identities;
}
