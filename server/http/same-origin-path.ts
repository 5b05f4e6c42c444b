/**
 * Where to send the browser after signing in: `next` resolved against this site's origin as a
 * browser would resolve it (so "/\t/evil.example" is the other site it reads as), kept only when
 * it stays on this origin, as a path; anything else is "/".
 */
export function sameOriginPath(next: unknown, origin: string): string {
  if (typeof next !== 'string' || next === '') return '/';
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(next, base);
  } catch {
    return '/';
  }
  // "//host/…" as a path would be read as another origin when the browser follows it.
  if (url.origin !== base.origin || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
