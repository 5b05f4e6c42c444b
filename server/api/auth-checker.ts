import type { AuthCheckerFn } from 'type-graphql';
import type { Role } from '../auth/viewer.js';
import type { ApiContext } from './context.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** Who may call what (DESIGN.md "Security"); each @Authorized names one of these. */
export const ORGANIZATION_READERS: Role[] = ['admin', 'finance', 'auditor'];
/** People and findings: managers are let in too, and every query they reach is scoped to their reports (shared/scope.ts). */
export const SCOPED_READERS: Role[] = ['admin', 'finance', 'auditor', 'manager'];
export const ADMINS: Role[] = ['admin'];

/**
 * The type-graphql auth checker: no viewer is UNAUTHENTICATED, a role outside @Authorized's list is
 * FORBIDDEN (type-graphql's own errors would say UNAUTHORIZED for both). @Authorized() with no
 * roles lets in anyone signed in.
 */
export const authChecker: AuthCheckerFn<ApiContext, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw new UnauthenticatedError();
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new ForbiddenError(
      `The ${viewer.role} role may not use ${info.parentType.name}.${info.fieldName} (allowed: ${roles.join(', ')})`,
    );
  }
  return true;
};
