import { UnauthenticatedError } from '../errors.js';
import type { ApiContext } from '../context.js';
import type { Me, UserRole } from './me.type.js';

export function me(ctx: ApiContext): Me {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  // UserRole's values are the Role names.
  return {
    id: viewer.userId,
    email: viewer.email,
    displayName: viewer.displayName,
    role: viewer.role as UserRole,
    personId: viewer.personId,
  };
}
