/** What the page's URL carries: `/roles-and-seats?app=<app id>&all=1`. */
export interface VocabularyUrlFilter {
  /** Only this app (its id); empty for every app. */
  appId: string;
  /** Every role and seat type, not only those to classify. */
  all: boolean;
}

export const ROLES_AND_SEATS_PATH = '/roles-and-seats';

export function parseVocabularyUrl(params: URLSearchParams): VocabularyUrlFilter {
  return { appId: params.get('app')?.trim() ?? '', all: params.get('all') === '1' };
}

export function vocabularySearchParams(filter: Partial<VocabularyUrlFilter>): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.appId) params.set('app', filter.appId);
  if (filter.all) params.set('all', '1');
  return params;
}

/** The page's link for a filter: `rolesAndSeatsHref({ appId: 'app-jestor' })`. */
export function rolesAndSeatsHref(filter: Partial<VocabularyUrlFilter> = {}): string {
  const search = vocabularySearchParams(filter).toString();
  return search ? `${ROLES_AND_SEATS_PATH}?${search}` : ROLES_AND_SEATS_PATH;
}
