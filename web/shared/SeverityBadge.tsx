import type { Severity } from './schema.js';
import { SEVERITY_LABELS } from './labels.js';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge severity-${severity.toLowerCase()}`}>{SEVERITY_LABELS[severity]}</span>;
}
