const MASK = '****';

/** A path segment that may be a credential (Slack's `/services/T…/B…/<token>`, a receiver's key). */
function looksLikeToken(segment: string): boolean {
  return segment.length >= 16 || (segment.length >= 6 && /\d/.test(segment) && /[a-z]/i.test(segment));
}

/** The endpoint's URL as it may be shown: token-like path segments and every query value masked. */
export function maskedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return MASK;
  }
  url.pathname = url.pathname
    .split('/')
    .map((segment) => (looksLikeToken(segment) ? MASK : segment))
    .join('/');
  for (const key of [...new Set(url.searchParams.keys())]) url.searchParams.set(key, MASK);
  url.hash = '';
  return url.toString();
}
