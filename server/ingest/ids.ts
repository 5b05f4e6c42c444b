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

/** An account is keyed by the app's own id for it when there is one, else its email or user name. */
export function accountId(app: string, key: { externalId: string | null; email: string | null; username: string | null }): string {
  const own = key.externalId ?? key.email ?? key.username;
  if (!own) throw new Error('an account needs an external id, an email or a user name');
  return `${app}:${own.toLowerCase()}`;
}

export function integrationId(app: string, name: string, mode: string, by: string | null): string {
  return `${app}:integration:${slug(name)}:${mode}:${(by ?? 'workspace').toLowerCase()}`;
}
