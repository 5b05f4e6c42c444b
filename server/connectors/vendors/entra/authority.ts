/**
 * Where a Microsoft Graph connection gets its tokens: each national cloud has its own Graph host and
 * its own sign-in authority, and its tokens carry that Graph as their audience. Any other base URL
 * (a proxy, a local fake) serves the token endpoint itself, under its own origin.
 * https://learn.microsoft.com/graph/deployments
 */
const CLOUDS: Record<string, string> = {
  'https://graph.microsoft.com': 'https://login.microsoftonline.com',
  'https://graph.microsoft.us': 'https://login.microsoftonline.us',
  'https://dod-graph.microsoft.us': 'https://login.microsoftonline.us',
  'https://microsoftgraph.chinacloudapi.cn': 'https://login.chinacloudapi.cn',
};

export interface EntraAuthority {
  /** The OAuth 2.0 v2.0 token endpoint of the tenant. */
  tokenUrl: string;
  /** The client credentials scope: every application permission granted on that Graph. */
  scope: string;
}

export function entraAuthority(baseUrl: string, tenant: string): EntraAuthority {
  const origin = new URL(baseUrl).origin;
  const login = CLOUDS[origin];
  const path = `/${encodeURIComponent(tenant)}/oauth2/v2.0/token`;
  return {
    tokenUrl: `${login ?? origin}${path}`,
    scope: `${login ? origin : 'https://graph.microsoft.com'}/.default`,
  };
}
