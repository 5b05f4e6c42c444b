import type { FindingFilter, FindingSort, FindingType, Severity } from '../../graphql/graphql.js';
import { everyValue, isFindingType, isSeverity } from '../../shared/enums.js';

/** Orders of the findings list (`enum FindingSort`); SEVERITY is the default. */
const FINDING_SORTS = everyValue<FindingSort>()(['SEVERITY', 'COST', 'AGE', 'APP', 'PERSON']);

function isFindingSort(value: string): value is FindingSort {
  return (FINDING_SORTS as readonly string[]).includes(value);
}

/** The findings filters and order a URL can carry: `/findings?type=…&severity=…&app=…&person=…&q=…&sort=…`. */
export interface FindingsUrlFilter {
  types: FindingType[];
  severities: Severity[];
  apps: string[];
  personId: string | null;
  search: string | null;
  /** Null for the default order (most severe first). */
  sort?: FindingSort | null;
}

export function parseFindingsUrl(params: URLSearchParams): FindingsUrlFilter {
  return {
    types: params.getAll('type').filter(isFindingType),
    severities: params.getAll('severity').filter(isSeverity),
    apps: params.getAll('app').filter((id) => id !== ''),
    personId: params.get('person') || null,
    search: params.get('q')?.trim() || null,
    sort: sortOf(params.get('sort')),
  };
}

/** Values in the URL that are not valid filters, so the page can say it ignored them. */
export function invalidFindingsUrlValues(params: URLSearchParams): string[] {
  return [
    ...params.getAll('type').filter((value) => !isFindingType(value)),
    ...params.getAll('severity').filter((value) => !isSeverity(value)),
    ...params.getAll('sort').filter((value) => !isFindingSort(value.toUpperCase())),
  ];
}

/** The GraphQL filter for a URL filter; null when nothing is filtered. */
export function toFindingFilter(filter: FindingsUrlFilter): FindingFilter | null {
  const result: FindingFilter = {};
  if (filter.types.length > 0) result.types = filter.types;
  if (filter.severities.length > 0) result.severities = filter.severities;
  if (filter.apps.length > 0) result.apps = filter.apps;
  if (filter.personId) result.personId = filter.personId;
  if (filter.search) result.search = filter.search;
  return Object.keys(result).length > 0 ? result : null;
}

export function findingsHref(filter: Partial<FindingsUrlFilter> = {}): string {
  const params = new URLSearchParams();
  for (const type of filter.types ?? []) params.append('type', type);
  for (const severity of filter.severities ?? []) params.append('severity', severity);
  for (const app of filter.apps ?? []) params.append('app', app);
  if (filter.personId) params.set('person', filter.personId);
  if (filter.search) params.set('q', filter.search);
  if (filter.sort && filter.sort !== 'SEVERITY') params.set('sort', filter.sort);
  const query = params.toString();
  return query ? `/findings?${query}` : '/findings';
}

function sortOf(value: string | null): FindingSort | null {
  const upper = value?.toUpperCase() ?? '';
  return isFindingSort(upper) && upper !== 'SEVERITY' ? upper : null;
}
