/** A vendor API's base URL as a form gives it: http(s), no user, password or query; no trailing slash. Null when it is not one. */
export function normalizedBaseUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password || parsed.search || parsed.hash) return null;
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}
