import { SEVERITY_LABELS } from './labels.js';
import type { Severity } from '../graphql/graphql.js';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge severity-${severity.toLowerCase()}`}>{SEVERITY_LABELS[severity]}</span>;
}
