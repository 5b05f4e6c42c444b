import { actorOf } from '../../audit/actor.js';
import type { Role, Viewer } from '../../auth/viewer.js';
import type { Acting } from '../../reviews/acting.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

/** Roles per review field (DESIGN.md "Security"): admins do everything, auditors read, managers review their own items; finance has no review access. */
export const REVIEW_ADMINS: Role[] = ['admin'];
export const CAMPAIGN_READERS: Role[] = ['admin', 'auditor'];
export const ITEM_READERS: Role[] = ['admin', 'auditor', 'manager'];
export const REVIEWERS: Role[] = ['admin', 'manager'];

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** Who acts on review items: admins on any (on the reviewer's behalf), managers on their own. */
export function actingOf(viewerOrNull: Viewer | null): Acting {
  const viewer = signedIn(viewerOrNull);
  if (viewer.role === 'admin') return { actor: actorOf(viewer), personId: viewer.personId, mayActForOthers: true };
  if (viewer.role === 'manager') return { actor: actorOf(viewer), personId: requirePerson(viewer), mayActForOthers: false };
  throw new ForbiddenError(`The ${viewer.role} role cannot change access reviews`);
}

/** The person a reader's item queries are limited to: a manager's own person id; null for admins and auditors. */
export function readScopeOf(viewerOrNull: Viewer | null): string | null {
  const viewer = signedIn(viewerOrNull);
  if (viewer.role === 'admin' || viewer.role === 'auditor') return null;
  if (viewer.role === 'manager') return requirePerson(viewer);
  throw new ForbiddenError(`The ${viewer.role} role cannot see access reviews`);
}

/** The viewer's own HR person, for My reviews and My team. */
export function requirePerson(viewerOrNull: Viewer | null): string {
  const viewer = signedIn(viewerOrNull);
  if (!viewer.personId)
    throw new ForbiddenError(
      `${viewer.email || viewer.displayName} is not linked to a person in HR, so no reviews are assigned to them and they have no team`,
    );
  return viewer.personId;
}

export function requireAdmin(viewerOrNull: Viewer | null): Viewer {
  const viewer = signedIn(viewerOrNull);
  if (viewer.role !== 'admin') throw new ForbiddenError(`Only an admin can do this (you are ${viewer.role})`);
  return viewer;
}
