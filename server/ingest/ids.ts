/** Stable node ids derived from source keys, so re-importing the same input touches the same nodes. */

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const appId = (name: string): string => `app-${slug(name)}`;
export const personId = (employeeId: string): string => employeeId;
export const identityId = (idp: string, externalId: string): string => `${idp}:${externalId}`;
export const groupId = (idp: string, externalId: string): string => `${idp}:group:${externalId}`;
export const roleId = (app: string, role: string): string => `${app}:role:${role}`;
export const seatTypeId = (app: string, seat: string): string => `${app}:seat:${seat}`;

/** An account is keyed by the app's own id for it when there is one, else its email or user name. */
export function accountId(app: string, key: { externalId: string | null; email: string | null; username: string | null }): string {
  const own = key.externalId ?? key.email ?? key.username;
  if (!own) throw new Error('an account needs an external id, an email or a user name');
  return `${app}:${own.toLowerCase()}`;
}

/** Every integration's id starts with its app's id and this, so an app's integrations are one range of the id index. */
export const integrationIdPrefix = (app: string): string => `${app}:integration:`;

export function integrationId(app: string, name: string, mode: string, by: string | null): string {
  return `${integrationIdPrefix(app)}${slug(name)}:${mode}:${(by ?? 'workspace').toLowerCase()}`;
}
