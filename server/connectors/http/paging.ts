/**
 * Walks a vendor listing page by page in the vendor's own paging scheme. A next link that leaves
 * the vendor's origin is refused: following it would hand the credential to another host.
 */
import { z } from 'zod';
import { nextLink } from './link-header.js';
import { describeUrl, getPage, VendorApiError, type FetchedPage, type VendorHttp } from './vendor-http.js';

export type Paging =
  /** `Link: <…>; rel="next"` (Okta, GitHub). */
  | 'link'
  /** `@odata.nextLink` in the body (Microsoft Graph). */
  | 'odata'
  /** `nextPageToken` in the body, sent back as `pageToken` (Google). */
  | 'page-token'
  /** `response_metadata.next_cursor`, sent back as `cursor` (Slack). */
  | 'slack-cursor'
  /** `links.next` in the body: the next page's URL, or a bare cursor sent back as `cursor` (Atlassian admin APIs). */
  | 'links-next';

const odataBody = z.looseObject({ '@odata.nextLink': z.string().min(1).optional() });
const googleBody = z.looseObject({ nextPageToken: z.string().optional() });
const slackBody = z.looseObject({ response_metadata: z.looseObject({ next_cursor: z.string().optional() }).optional() });
const linksBody = z.looseObject({ links: z.looseObject({ next: z.string().nullish() }).optional() });

/** The URL of the page after `page`, or null when it was the last. */
export function nextPageUrl(page: FetchedPage, paging: Paging): string | null {
  switch (paging) {
    case 'link': {
      const next = nextLink(page.headers.get('link'));
      return next ? new URL(next, page.url).toString() : null;
    }
    case 'odata':
      return odataBody.safeParse(page.body).data?.['@odata.nextLink'] ?? null;
    case 'page-token': {
      const token = googleBody.safeParse(page.body).data?.nextPageToken;
      return token ? withParam(page.url, 'pageToken', token) : null;
    }
    case 'slack-cursor': {
      const cursor = slackBody.safeParse(page.body).data?.response_metadata?.next_cursor;
      return cursor ? withParam(page.url, 'cursor', cursor) : null;
    }
    case 'links-next': {
      const next = linksBody.safeParse(page.body).data?.links?.next;
      if (!next) return null;
      // Atlassian documents links.next as the cursor and has answered it as the next page's URL; a URL is followed as given.
      return /^https?:\/\//i.test(next) ? next : withParam(page.url, 'cursor', next);
    }
  }
}

function withParam(url: string, name: string, value: string): string {
  const next = new URL(url);
  next.searchParams.set(name, value);
  return next.toString();
}

/** Every page of a listing, in order. Stops with VendorApiError on a failure that retries did not mend. */
export async function* listPages(firstUrl: string, paging: Paging, http: VendorHttp): AsyncGenerator<FetchedPage> {
  const origin = new URL(firstUrl).origin;
  const seen = new Set<string>();
  let url: string | null = firstUrl;
  while (url) {
    if (new URL(url).origin !== origin)
      throw new VendorApiError(
        `${describeUrl(firstUrl)}: the next page points to another host (${new URL(url).origin}); not followed`,
        'refused',
        null,
      );
    if (seen.has(url)) throw new VendorApiError(`${describeUrl(firstUrl)}: the next page repeats an earlier one; stopped`, 'refused', null);
    seen.add(url);
    const page = await getPage(url, http);
    yield page;
    url = nextPageUrl(page, paging);
  }
}
