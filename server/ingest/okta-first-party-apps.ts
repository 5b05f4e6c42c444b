/**
 * Okta's own apps, which every org lists among its apps: the Okta Dashboard and the Okta Browser
 * Plugin are assigned to everyone, and the Admin Console to whoever holds an admin role. Their
 * assignments say nothing a review acts on, so the okta-app-users import and the Okta connector
 * leave them out, by the app's `name` (its label can be renamed).
 */
export const OKTA_FIRST_PARTY_APPS: Readonly<Record<string, string>> = {
  okta_enduser: 'Okta Dashboard',
  saasure: 'Okta Admin Console',
  okta_browser_plugin: 'Okta Browser Plugin',
};

export function isOktaFirstPartyApp(name: unknown): boolean {
  return typeof name === 'string' && Object.hasOwn(OKTA_FIRST_PARTY_APPS, name);
}
