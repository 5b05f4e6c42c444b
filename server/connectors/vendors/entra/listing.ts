/** Downloads a Microsoft Graph collection (`{ "value": [...] }` pages chained by `@odata.nextLink`) as numbered page files. */
import { z } from 'zod';
import type { PullContext } from '../../connector.js';
import { apiUrl } from '../../http/api-url.js';
import { listPages, nextPageUrl } from '../../http/paging.js';

const collection = z.looseObject({ value: z.array(z.unknown()) });

/**
 * Writes every page as `<prefix>-<n>.json` and returns the records of each. Every page is kept, an
 * empty one too, so the last page written says the listing ends; only a listing that is one empty
 * page is left out, unless `keepEmpty`.
 */
export async function downloadGraphListing(
  context: PullContext,
  path: string,
  prefix: string,
  label: string,
  keepEmpty: boolean,
): Promise<unknown[][]> {
  const pages: unknown[][] = [];
  let n = 0;
  for await (const page of listPages(apiUrl(context.baseUrl, path), 'odata', context.http)) {
    n++;
    context.progress(`${label}: page ${n}`);
    const records = collection.safeParse(page.body).data?.value ?? [];
    const nothing = n === 1 && records.length === 0 && nextPageUrl(page, 'odata') === null;
    if (!nothing || keepEmpty) await context.pages.write(`${prefix}-${n}.json`, page.text);
    pages.push(records);
  }
  return pages;
}
