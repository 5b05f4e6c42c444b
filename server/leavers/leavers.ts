import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { readLeaverSlaHours } from './leaver-sla-setting.js';
import { LEAVER_RECORDS, LEAVER_TIMING_FACTS } from './leavers.queries.js';
import { leaverOutcome, leaverSlaKpi, timeRecord, type DeprovisionedSource, type LeaverOutcome, type LeaverSlaKpi } from './sla.js';

/** One account or identity of a leaver, timed against the SLA. */
export interface LeaverRow {
  personId: string;
  personName: string;
  personEmail: string | null;
  terminationDate: string;
  kind: 'account' | 'identity';
  recordId: string;
  /** The app's id; null for an IdP identity. */
  appId: string | null;
  /** The app's name, or the IdP's ("Okta") for an identity. */
  appName: string;
  accountName: string;
  status: string;
  removed: boolean;
  deprovisionedAt: string | null;
  /** vendor: the vendor's own time (Okta statusChanged); first_seen: the first import that saw it inactive or removed. */
  source: DeprovisionedSource | null;
  hours: number | null;
  slaHours: number;
  outcome: LeaverOutcome;
  /** The leaver's outcome over all their records. */
  leaverOutcome: LeaverOutcome;
  /** The orphaned-account finding of an account still active. */
  findingId: string | null;
}

export interface LeaverFilter {
  /** Termination dates from / to (YYYY-MM-DD, inclusive); null: open. */
  from: string | null;
  to: string | null;
}

export interface LeaverReport extends LeaverSlaKpi {
  from: string | null;
  to: string | null;
  /** The organization's SLA; an app's own may differ (each row has its own). */
  slaHours: number;
  rows: LeaverRow[];
}

const recordFacts = z.object({
  kind: z.enum(['account', 'identity']),
  id: z.string(),
  appId: z.string().nullable(),
  appName: z.string().nullable(),
  name: z.string(),
  status: z.string().nullable(),
  inactive: z.boolean().nullable(),
  removedAt: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
  vendorChangedAt: z.string().nullable(),
  firstSeenAt: z.string().nullable(),
  appSlaHours: z.number().nullable(),
  findingId: z.string().nullable(),
});
const leaverRow = z.object({
  personId: z.string(),
  personName: z.string().nullable(),
  personEmail: z.string().nullable(),
  terminationDate: z.string(),
  records: z.array(recordFacts),
});

const text = z.string().nullable();
const timingRow = z.object({
  terminationDate: z.string(),
  records: z.array(z.tuple([z.boolean().nullable(), text, text, text, text, z.number().nullable()])),
});

const IDP_NAMES: Record<string, string> = { okta: 'Okta', entra: 'Entra ID', google: 'Google Workspace', scim: 'SCIM' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class LeaverFilterError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'LeaverFilterError';
  }
}

/** Checks a filter's dates (YYYY-MM-DD or empty). */
export function leaverFilter(from: string | null | undefined, to: string | null | undefined): LeaverFilter {
  const clean = (value: string | null | undefined, field: string): string | null => {
    const text = value?.trim() ?? '';
    if (text === '') return null;
    if (!DATE.test(text) || Number.isNaN(Date.parse(text)))
      throw new LeaverFilterError(`${field} must be a date like 2026-11-01, got "${text}"`, field);
    return text;
  };
  return { from: clean(from, 'from'), to: clean(to, 'to') };
}

/**
 * The former-personnel report: every account and identity of each person terminated in the period,
 * timed against the SLA (sla.ts says how), with the KPI over the leavers.
 */
export async function leaverReport(graph: Graph, filter: LeaverFilter, now: Date): Promise<LeaverReport> {
  const [slaHours, people] = await Promise.all([
    readLeaverSlaHours(graph),
    readRows(graph, LEAVER_RECORDS, periodParams(filter), leaverRow, 'leaver-records'),
  ]);
  const rows: LeaverRow[] = [];
  const outcomes: LeaverOutcome[] = [];
  for (const person of people) {
    const timed = person.records.map((record) => {
      const sla = record.appSlaHours ?? slaHours;
      const timing = timeRecord(
        {
          inactive: record.inactive === true,
          removedAt: record.removedAt,
          deactivatedAt: record.deactivatedAt,
          vendorChangedAt: record.vendorChangedAt,
          firstSeenAt: record.firstSeenAt,
          slaHours: sla,
        },
        person.terminationDate,
        now,
      );
      return { record, sla, timing };
    });
    const overall = leaverOutcome(timed.map((t) => t.timing.outcome));
    outcomes.push(overall);
    for (const { record, sla, timing } of timed) {
      rows.push({
        personId: person.personId,
        personName: person.personName ?? person.personEmail ?? person.personId,
        personEmail: person.personEmail,
        terminationDate: person.terminationDate,
        kind: record.kind,
        recordId: record.id,
        appId: record.appId,
        appName:
          record.kind === 'identity'
            ? (IDP_NAMES[record.appName ?? ''] ?? record.appName ?? 'IdP')
            : (record.appName ?? record.appId ?? ''),
        accountName: record.name,
        status: record.status ?? 'unknown',
        removed: record.removedAt !== null,
        deprovisionedAt: timing.deprovisionedAt,
        source: timing.source,
        hours: timing.hours,
        slaHours: sla,
        outcome: timing.outcome,
        leaverOutcome: overall,
        findingId: timing.outcome === 'active' || timing.outcome === 'pending' ? record.findingId : null,
      });
    }
  }
  return { from: filter.from, to: filter.to, slaHours, ...leaverSlaKpi(outcomes), rows };
}

/** The overview's KPI: leavers terminated in the last `days` days (90 by default), timed as leaverReport times them. */
export async function recentLeaverSla(graph: Graph, now: Date, days = 90): Promise<Omit<LeaverReport, 'rows'>> {
  const period = { from: new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10), to: now.toISOString().slice(0, 10) };
  // One round trip each, side by side: the tile is on the overview's critical path.
  const [slaHours, people] = await Promise.all([
    readLeaverSlaHours(graph),
    readRows(graph, LEAVER_TIMING_FACTS, periodParams(period), timingRow, 'leaver-timings'),
  ]);
  const outcomes = people.map((person) =>
    leaverOutcome(
      person.records.map(
        ([inactive, removedAt, deactivatedAt, vendorChangedAt, firstSeenAt, appSlaHours]) =>
          timeRecord(
            { inactive: inactive === true, removedAt, deactivatedAt, vendorChangedAt, firstSeenAt, slaHours: appSlaHours ?? slaHours },
            person.terminationDate,
            now,
          ).outcome,
      ),
    ),
  );
  return { ...period, slaHours, ...leaverSlaKpi(outcomes) };
}

/** A period's open ends as dates no termination reaches, so the end-date index serves every period. */
function periodParams(filter: LeaverFilter): { from: string; to: string } {
  return { from: filter.from ?? '0001-01-01', to: filter.to ?? '9999-12-31' };
}
