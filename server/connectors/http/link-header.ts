/** The URL of `rel="next"` in an RFC 8288 Link header (Okta, GitHub), or null. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const [, url, params] = match;
    const rel = /;\s*rel\s*=\s*"?([^";]+)"?/i.exec(params ?? '');
    if (url && rel?.[1]?.split(/\s+/).includes('next')) return url;
  }
  return null;
}
