/** Downloads a JSON-array listing with Link header paging (Okta, GitHub) as numbered page files. */
import type { PullContext } from './connector.js';
import { apiUrl } from './http/api-url.js';
import { listPages } from './http/paging.js';

/** Writes every page of a listing as `<prefix>-<n>.json`; an empty page is written only when it is the whole listing. */
export async function downloadListing(
  context: PullContext,
  path: string,
  prefix: string,
  label: string,
  keepEmpty: boolean,
): Promise<unknown[][]> {
  const pages: unknown[][] = [];
  let n = 0;
  for await (const page of listPages(apiUrl(context.baseUrl, path), 'link', context.http)) {
    n++;
    context.progress(`${label}: page ${n}`);
    const records = Array.isArray(page.body) ? page.body : [];
    if (records.length > 0 || (keepEmpty && n === 1)) await context.pages.write(`${prefix}-${n}.json`, page.text);
    pages.push(records);
  }
  return pages;
}

export const countOf = (pages: unknown[][]): number => pages.reduce((sum, records) => sum + records.length, 0);
