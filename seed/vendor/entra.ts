/**
 * entra/users.json: the Microsoft 365 tenant's users as Microsoft Graph lists them (GET /users with
 * $select=id,userPrincipalName,mail,displayName,accountEnabled,userType,externalUserState,
 * createdDateTime,signInActivity,employeeId), one { "value": [...] } page. Members are employees
 * (userPrincipalName = work email, employeeId = HR id); a guest invited from a partner domain who
 * has not accepted has externalUserState "PendingAcceptance" and a never-used signInActivity
 * (0001-01-01).
 */
import { hexId, type VendorContext } from './common.js';

const NEVER = '0001-01-01T00:00:00Z';

function guid(text: string): string {
  const h = hexId(text, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** The tenant's users, or null when the organization has no Entra users. */
export function entraUsers(ctx: VendorContext): object | null {
  const users = ctx.org.identities.filter((identity) => identity.idp === 'entra');
  if (users.length === 0) return null;
  const value = users.map((identity) => {
    const guest = identity.userType === 'Guest';
    const lastSignIn = identity.lastLoginAt ?? NEVER;
    return {
      id: guid(identity.id),
      userPrincipalName: guest ? identity.login.replace('#ext#', '#EXT#') : identity.login,
      mail: identity.email,
      displayName: identity.displayName ?? null,
      accountEnabled: identity.status !== 'suspended',
      userType: guest ? 'Guest' : 'Member',
      externalUserState: guest ? (identity.status === 'staged' ? 'PendingAcceptance' : 'Accepted') : null,
      createdDateTime: identity.createdAt,
      employeeId: identity.employeeNumber,
      signInActivity: {
        lastSignInDateTime: lastSignIn,
        lastNonInteractiveSignInDateTime: lastSignIn,
        lastSuccessfulSignInDateTime: lastSignIn,
      },
    };
  });
  return {
    '@odata.context':
      'https://graph.microsoft.com/v1.0/$metadata#users(id,userPrincipalName,mail,displayName,accountEnabled,userType,externalUserState,createdDateTime,signInActivity,employeeId)',
    value,
  };
}
