/** Cells holding several values: alternate emails ("a@x.com; b@x.com"), roles, OAuth scopes. */

/** Splits on semicolons and commas (and line breaks), dropping blanks. */
export function splitList(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[;,\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** OAuth scopes: separated by spaces, commas or semicolons. */
export function splitScopes(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
