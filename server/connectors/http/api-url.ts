/**
 * A path under a connection's base URL. The base may carry a path of its own (Slack's
 * https://slack.com/api, GitHub Enterprise's https://host/api/v3), which `new URL('/x', base)`
 * would drop.
 */
export function apiUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
