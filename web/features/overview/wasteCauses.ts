import type { FindingType } from '../../graphql/graphql.js';
import { findingsHref } from '../findings/findingsUrl.js';

/** One colour per cause, in every chart that shows it (the seat-use bars and the waste bars). */
const COLORS: Readonly<Partial<Record<FindingType, string>>> = {
  ORPHANED_ACCOUNT: 'var(--chart-waste)',
  DUPLICATE_ACCOUNT: 'var(--chart-admin)',
  INACTIVE_USER: 'var(--chart-inactive)',
  PENDING_INVITE: 'var(--chart-pending)',
  SUSPENDED_SEAT: 'var(--chart-suspended)',
  UNASSIGNED_SEATS: 'var(--chart-paid)',
};

export function wasteCauseColor(type: FindingType): string {
  return COLORS[type] ?? 'var(--muted)';
}

/**
 * The findings whose monthly cost adds up to a waste figure: those of the waste-bearing `types` (one
 * cause, or all of them for an app's whole bar), in `appId` when given, costliest first.
 */
export function wasteFindingsHref(types: readonly FindingType[], appId: string | null = null): string {
  return findingsHref({ types: [...types], apps: appId === null ? [] : [appId], sort: 'COST' });
}
