import { toCsv } from '../export/csv.js';
import type { LeaverRow } from './leavers.js';

export const LEAVER_CSV_COLUMNS = [
  'person',
  'person_email',
  'termination_date',
  'kind',
  'app',
  'account',
  'status',
  'deprovisioned_at',
  'deprovisioned_time_from',
  'hours_after_termination',
  'sla_hours',
  'outcome',
  'leaver_outcome',
  'finding_id',
];

export const SOURCE_TEXT = { vendor: 'vendor (Okta statusChanged)', first_seen: 'first seen by Attest' } as const;

/** The leaver report as CSV: one line per account or identity of each leaver. */
export function leaversCsv(rows: readonly LeaverRow[]): string {
  return toCsv(
    rows.map((row) => ({
      person: row.personName,
      person_email: row.personEmail,
      termination_date: row.terminationDate,
      kind: row.kind,
      app: row.appName,
      account: row.accountName,
      status: row.removed ? `${row.status} (removed)` : row.status,
      deprovisioned_at: row.deprovisionedAt,
      deprovisioned_time_from: row.source === null ? null : SOURCE_TEXT[row.source],
      hours_after_termination: row.hours,
      sla_hours: row.slaHours,
      outcome: row.outcome,
      leaver_outcome: row.leaverOutcome,
      finding_id: row.findingId,
    })),
    LEAVER_CSV_COLUMNS,
  );
}
