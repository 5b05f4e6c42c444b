/** Email and name normalization for matching; pure and small so each rule is easy to test. */

/** Domains where the provider ignores dots in the local part. */
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

export interface EmailNormalization {
  /** Alias domain -> primary domain, lower case (e.g. acme.io -> acme.com). */
  domainAliases: Record<string, string>;
}

/** Lower case and trimmed; what "exact" means. */
export function exactEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The mailbox an address delivers to: lower case, `+tag` dropped, dots dropped for Gmail-style
 * domains, alias domains mapped to the primary domain.
 */
export function normalizeEmail(email: string, options: EmailNormalization): string {
  const lower = exactEmail(email);
  const at = lower.lastIndexOf('@');
  if (at < 1) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  domain = options.domainAliases[domain] ?? domain;
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (DOTLESS_DOMAINS.has(domain)) local = local.replace(/\./g, '');
  return `${local}@${domain}`;
}

export function localPart(email: string): string {
  const lower = exactEmail(email);
  const at = lower.lastIndexOf('@');
  return at < 0 ? lower : lower.slice(0, at);
}

/** Names compared without case, accents, punctuation or extra spaces ("José  O'Neil" = "jose oneil"). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
