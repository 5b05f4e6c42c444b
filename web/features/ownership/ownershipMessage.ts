import type { OwnershipChange_ChangeFragment } from '../../graphql/graphql.js';
import { formatCountOf } from '../../shared/format.js';

/** What a decision did, in one sentence for the status line. */
export function ownershipMessage(change: OwnershipChange_ChangeFragment, kind?: 'service' | 'shared'): string {
  const what = change.record.appName ? `${change.record.label} (${change.record.appName})` : change.record.label;
  const owner = change.owner
    ? kind
      ? `is a ${kind} account answered for by ${change.owner.displayName}`
      : `belongs to ${change.owner.displayName}`
    : 'belongs to nobody in HR';
  const findings = change.findingCount === 0 ? 'no findings on it' : `${formatCountOf(change.findingCount, 'finding')} on it`;
  return `${what} ${owner}; ${findings}.`;
}
