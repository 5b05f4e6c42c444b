import { FINDING_TYPE_INFO } from '../generated/finding-types.js';
import type { AccountKind, AccountStatus, FindingType, IdentityStatus, PersonStatus, Privilege, Severity } from '../graphql/graphql.js';
import { isFindingType } from './enums.js';

interface FindingTypeLabel {
  /** KPI card title */
  plural: string;
  /** Table cell */
  singular: string;
}

/** The labels each rule file gives its finding type, by GraphQL value. */
const RULE_LABELS = Object.fromEntries(
  FINDING_TYPE_INFO.map((info) => [info.type, { plural: info.pluralLabel, singular: info.label }]),
) as Record<FindingType, FindingTypeLabel>;

/** What a GraphQL enum value looks like: "ORPHANED_ACCOUNT". */
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

/**
 * Labels by finding type, from the server's rule files (web/generated/finding-types.ts). A type this
 * build does not know yet (a server newer than the page) reads as its tidied name, "NEW_RULE" → "New
 * rule", instead of crashing the page that shows it.
 */
export const FINDING_TYPE_LABELS: Readonly<Record<FindingType, FindingTypeLabel>> = new Proxy(RULE_LABELS, {
  get(known, key, receiver) {
    if (typeof key === 'string' && !isFindingType(key) && ENUM_VALUE.test(key)) return { plural: readable(key), singular: readable(key) };
    const label: unknown = Reflect.get(known, key, receiver);
    return label;
  },
});

export const SEVERITY_LABELS: Record<Severity, string> = {
  CRITICAL: 'Critical',
  HIGH: 'High',
  MEDIUM: 'Medium',
  LOW: 'Low',
};

type AnyStatus = AccountStatus | AccountKind | IdentityStatus | PersonStatus | Privilege;

/** "DEPROVISIONED" → "Deprovisioned" */
export function enumLabel(value: AnyStatus): string {
  return readable(value);
}

function readable(value: string): string {
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
