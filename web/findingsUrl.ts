import { isFindingType, isSeverity, type FindingFilter, type FindingType, type Severity } from './graphql/schema.js';

/** The findings filters a URL can carry: `/findings?type=…&severity=…&app=…&person=…&q=…`. */
export interface FindingsUrlFilter {
  types: FindingType[];
  severities: Severity[];
  apps: string[];
  personId: string | null;
  search: string | null;
}

export function parseFindingsUrl(params: URLSearchParams): FindingsUrlFilter {
  return {
    types: params.getAll('type').filter(isFindingType),
    severities: params.getAll('severity').filter(isSeverity),
    apps: params.getAll('app').filter((id) => id !== ''),
    personId: params.get('person') || null,
    search: params.get('q')?.trim() || null,
  };
}

/** Values in the URL that are not valid filters, so the page can say it ignored them. */
export function invalidFindingsUrlValues(params: URLSearchParams): string[] {
  return [
    ...params.getAll('type').filter((value) => !isFindingType(value)),
    ...params.getAll('severity').filter((value) => !isSeverity(value)),
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
  const query = params.toString();
  return query ? `/findings?${query}` : '/findings';
}
