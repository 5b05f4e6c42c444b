import type { Row } from '../graph/graph.js';
import type { FindingRecord } from './engine.js';

/** The columns of a findings export, for the CLI (JSON and CSV) and the dashboard's CSV download alike. */
export const FINDING_EXPORT_COLUMNS = ['id', 'type', 'severity', 'app', 'account', 'person', 'monthlyCost', 'currency', 'reason', 'suggestedAction', 'appCaveat', 'ageDays', 'evidence'] as const;

export type FindingExportRow = Record<(typeof FINDING_EXPORT_COLUMNS)[number], string | number | null>;

export type ExportSource = Pick<FindingRecord, 'id' | 'type' | 'severity' | 'appName' | 'accountEmail' | 'personEmail' | 'monthlyCost' | 'currency' | 'reason' | 'suggestedAction' | 'appCaveat' | 'ageDays' | 'evidence'>;

export function toExportRow(r: ExportSource): FindingExportRow {
  return {
    id: r.id,
    type: r.type,
    severity: r.severity,
    app: r.appName,
    account: r.accountEmail,
    person: r.personEmail,
    monthlyCost: r.monthlyCost,
    currency: r.currency,
    reason: r.reason,
    suggestedAction: r.suggestedAction,
    appCaveat: r.appCaveat ?? null,
    ageDays: r.ageDays ?? null,
    evidence: (r.evidence ?? []).join('; '),
  };
}

/** A stored Finding node's properties (`f {.*}`) as an export source. */
export function fromFindingNode(node: Row): ExportSource {
  const text = (key: string): string | null => (node[key] === null || node[key] === undefined ? null : String(node[key]));
  return {
    id: String(node.id),
    type: String(node.type) as FindingRecord['type'],
    severity: String(node.severity),
    appName: String(node.appName),
    accountEmail: text('accountEmail'),
    personEmail: text('personEmail'),
    monthlyCost: Number(node.monthlyCost ?? 0),
    currency: String(node.currency ?? 'USD'),
    reason: String(node.reason),
    suggestedAction: String(node.suggestedAction ?? ''),
    appCaveat: text('appCaveat'),
    ageDays: node.ageDays === null || node.ageDays === undefined ? null : Number(node.ageDays),
    evidence: Array.isArray(node.evidence) ? node.evidence.map(String) : [],
  };
}
