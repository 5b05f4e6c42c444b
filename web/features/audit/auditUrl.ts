import type { AuditEventFilter } from '../../graphql/graphql.js';

/** The audit filters a URL can carry: `/audit?actor=…&action=…&targetType=…&targetId=…&from=…&to=…`. */
const AUDIT_URL_FIELDS = ['actor', 'action', 'targetType', 'targetId', 'from', 'to'] as const;
export type AuditUrlField = (typeof AUDIT_URL_FIELDS)[number];
export type AuditUrlFilter = Record<AuditUrlField, string>;

export function parseAuditUrl(params: URLSearchParams): AuditUrlFilter {
  const filter = {} as AuditUrlFilter;
  for (const field of AUDIT_URL_FIELDS) filter[field] = params.get(field)?.trim() ?? '';
  return filter;
}

/** The GraphQL filter for a URL filter; null when nothing is filtered. */
export function toAuditEventFilter(filter: AuditUrlFilter): AuditEventFilter | null {
  const result: AuditEventFilter = {};
  for (const field of AUDIT_URL_FIELDS) if (filter[field]) result[field] = filter[field];
  return Object.keys(result).length > 0 ? result : null;
}

export function auditSearchParams(filter: Partial<AuditUrlFilter>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of AUDIT_URL_FIELDS) {
    const value = filter[field]?.trim();
    if (value) params.set(field, value);
  }
  return params;
}
