/**
 * Okta: okta/users.json (GET /api/v1/users, DEPROVISIONED and STAGED users included),
 * okta/groups.json (GET /api/v1/groups objects with "members": user ids) and
 * okta/app-users/<app>.json (GET /api/v1/apps/{appId}/users, credentials.userName = the account email).
 */
import type { AppRecord, IdentityRecord } from '../org.types.js';
import { accountsOf, oktaGroupId, oktaUserId, type VendorContext } from './common.js';

const STATUS: Record<IdentityRecord['status'], string> = {
  active: 'ACTIVE',
  suspended: 'SUSPENDED',
  deprovisioned: 'DEPROVISIONED',
  staged: 'STAGED',
};

export function oktaUsers(ctx: VendorContext): unknown[] {
  return ctx.org.identities
    .filter((identity) => identity.idp === 'okta')
    .map((identity) => {
      const person = identity.employeeNumber === null ? undefined : ctx.peopleByEmployeeId.get(identity.employeeNumber);
      return {
        id: oktaUserId(identity.id),
        status: STATUS[identity.status],
        created: identity.createdAt,
        activated: identity.status === 'staged' ? null : identity.createdAt,
        statusChanged: identity.statusChangedAt ?? identity.createdAt,
        lastLogin: identity.lastLoginAt,
        type: { id: 'oty1default' },
        profile: {
          firstName: person?.firstName ?? null,
          lastName: person?.lastName ?? null,
          displayName: person?.displayName ?? null,
          email: identity.email,
          login: identity.login,
          employeeNumber: identity.employeeNumber,
          department: person?.department ?? null,
          title: person?.title ?? null,
        },
        credentials: { provider: { type: 'OKTA', name: 'OKTA' } },
      };
    });
}

export function oktaGroups(ctx: VendorContext): unknown[] {
  const appNames = new Map(ctx.org.apps.map((app) => [app.id, app.name]));
  return ctx.org.groups.map((group) => ({
    id: oktaGroupId(group.id),
    type: 'OKTA_GROUP',
    profile: { name: group.name, description: group.appIds.map((id) => appNames.get(id) ?? id).join(', ') || null },
    members: group.memberIdentityIds.map(oktaUserId),
  }));
}

/** The app's Okta assignments, or null when no account of the app signs in through Okta. */
export function oktaAppUsers(ctx: VendorContext, app: AppRecord): unknown[] | null {
  const byLogin = new Map(ctx.org.identities.filter((identity) => identity.idp === 'okta').map((identity) => [identity.login, identity]));
  const records = accountsOf(ctx, app).flatMap((account) => {
    const identity = account.identityLogin === null ? undefined : byLogin.get(account.identityLogin);
    if (!identity) return [];
    return [
      {
        id: oktaUserId(identity.id),
        externalId: null,
        scope: 'USER',
        status: 'PROVISIONED',
        syncState: 'DISABLED',
        created: account.createdAt,
        credentials: { userName: account.email },
        profile: {},
      },
    ];
  });
  return records.length > 0 ? records : null;
}
