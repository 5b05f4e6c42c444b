import type { Row } from '../../graph/graph.js';
import type { FindingType, PersonStatus, Severity, AccountStatus } from '../shared/enums.js';
import type { Finding } from './finding.type.js';

/** A stored Finding node (properties as written by the findings engine) as the API type. */
export function toFinding(row: Row): Finding {
  const f = row as Record<string, unknown>;
  return {
    id: String(f.id),
    type: f.type as FindingType,
    severity: f.severity as Severity,
    app: { id: String(f.appId), name: String(f.appName) },
    account: f.accountId ? { id: String(f.accountId), email: String(f.accountEmail ?? ''), status: f.accountStatus as AccountStatus } : null,
    person: f.personId
      ? { id: String(f.personId), displayName: String(f.personName), email: String(f.personEmail), status: f.personStatus as PersonStatus }
      : null,
    monthlyCost: Number(f.monthlyCost ?? 0),
    currency: String(f.currency ?? 'USD'),
    reason: String(f.reason),
    appCaveat: (f.appCaveat as string | null) ?? null,
    suggestedAction: String(f.suggestedAction),
    evidence: (f.evidence as string[] | null) ?? [],
    ageDays: f.ageDays === null || f.ageDays === undefined ? null : Number(f.ageDays),
    detectedAt: String(f.detectedAt),
  };
}
