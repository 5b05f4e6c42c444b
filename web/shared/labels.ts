import type { AccountKind, AccountStatus, FindingType, IdentityStatus, PersonStatus, Privilege, Severity } from '../graphql/graphql.js';

interface FindingTypeLabel {
  /** KPI card title */
  plural: string;
  /** Table cell */
  singular: string;
}

export const FINDING_TYPE_LABELS: Record<FindingType, FindingTypeLabel> = {
  ORPHANED_ACCOUNT: { plural: 'Orphaned accounts', singular: 'Orphaned account' },
  PENDING_INVITE: { plural: 'Pending invites', singular: 'Pending invite' },
  SOLE_ADMIN: { plural: 'Sole-admin apps', singular: 'Sole admin' },
  INACTIVE_USER: { plural: 'Inactive users', singular: 'Inactive user' },
  INTEGRATION_LEFT_BEHIND: { plural: 'Integrations left behind', singular: 'Integration left behind' },
  DUPLICATE_ACCOUNT: { plural: 'Duplicate accounts', singular: 'Duplicate account' },
  PRIVILEGED_WITHOUT_SSO: { plural: 'Privileged without SSO', singular: 'Privileged without SSO' },
  EXTERNAL_ACCOUNT: { plural: 'External accounts', singular: 'External account' },
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

type AnyStatus = AccountStatus | AccountKind | IdentityStatus | PersonStatus | Privilege;

/** "DEPROVISIONED" → "Deprovisioned" */
export function enumLabel(value: AnyStatus): string {
  const lower = value.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

const BILLING_MODEL_LABELS: Record<string, string> = {
  per_seat: 'Per seat',
  max_quantity: 'Max quantity',
  per_active_user: 'Per active user',
  flat: 'Flat',
};

/** "per_active_user" → "Per active user"; a model the dashboard does not know is tidied the same way. */
export function billingModelLabel(model: string): string {
  const known = BILLING_MODEL_LABELS[model];
  if (known) return known;
  const words = model.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : model;
}

/** Finding types that need action first: shown with the red accent on the overview when any exist. */
export const CRITICAL_FINDING_TYPES: ReadonlySet<FindingType> = new Set<FindingType>(['ORPHANED_ACCOUNT', 'SOLE_ADMIN']);
