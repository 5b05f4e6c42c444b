import { enumLabel } from './labels.js';
import type { AccountStatus, IdentityStatus, PersonStatus } from '../graphql/graphql.js';

type Status = AccountStatus | IdentityStatus | PersonStatus;

const TONE: Record<Status, 'ok' | 'warn' | 'bad' | 'neutral'> = {
  ACTIVE: 'ok',
  INVITED: 'warn',
  STAGED: 'warn',
  LEAVE: 'warn',
  SUSPENDED: 'bad',
  DEACTIVATED: 'neutral',
  DEPROVISIONED: 'bad',
  TERMINATED: 'bad',
  UNKNOWN: 'neutral',
};

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`badge tone-${TONE[status]}`}>{enumLabel(status)}</span>;
}
