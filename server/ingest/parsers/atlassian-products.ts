/**
 * Atlassian's product keys (product_access[].key in the organization users API) and sites, read
 * into the apps the atlassian-csv import makes: one App per product and site, "Jira (acme)".
 */

/** Product keys of the catalog's Atlassian apps. Jira's editions are one Jira app, as in the CSV export. */
export const CATALOGED_PRODUCTS: Readonly<Record<string, string>> = {
  jira: 'atlassian-jira',
  'jira-software': 'atlassian-jira',
  'jira-core': 'atlassian-jira',
  'jira-business': 'atlassian-jira',
  'jira-work-management': 'atlassian-jira',
  confluence: 'atlassian-confluence',
};

/** Products Atlassian names that have no catalog entry: left out, as the CSV import leaves their columns out. */
export const UNCATALOGED_PRODUCTS: ReadonlySet<string> = new Set([
  'jira-servicedesk',
  'jira-service-management',
  'jira-product-discovery',
  'statuspage',
  'opsgenie',
  'bitbucket',
  'trello',
  'loom',
  'compass',
  'townsquare',
  'atlas',
  'atlassian-analytics',
  'rovo',
  'focus',
  'talent',
  'beacon',
  'guard',
]);

/**
 * The site's name as Atlassian Administration shows it, from a product URL ("acme.atlassian.net",
 * "https://acme.atlassian.net/wiki"): the subdomain of an Atlassian host, else the whole host name.
 * Null when the text is not a URL of a site.
 */
export function siteName(url: string): string | null {
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  const atlassian = /^([a-z0-9-]+)\.(atlassian\.net|jira\.com|jira-dev\.com)$/.exec(host);
  return atlassian?.[1] ?? host;
}
