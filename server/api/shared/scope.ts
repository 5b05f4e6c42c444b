import type { Viewer } from '../../auth/viewer.js';
import { ForbiddenError, UnauthenticatedError } from '../errors.js';

/**
 * The `$scopeManagerId` every people and findings query takes: a manager's own person id, so the
 * query returns only people who report to them (directly or not) and their accounts and findings;
 * null for the roles that see the whole organization.
 */
export function scopeManagerId(viewer: Viewer | null): string | null {
  if (!viewer) throw new UnauthenticatedError();
  if (viewer.role !== 'manager') return null;
  if (!viewer.personId) throw new ForbiddenError(`The manager ${viewer.email} is not linked to an HR person, so has no reports to see`);
  return viewer.personId;
}
