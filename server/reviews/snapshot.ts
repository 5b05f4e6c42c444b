import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { Row } from '../graph/graph.js';
import type { FindingFacts } from './recommendation.js';
import type { AccountSnapshot } from './review.types.js';

/** Canonical JSON: keys sorted, so the same facts always give the same text and hash. */
export function canonicalJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new Error('cannot serialize an undefined value');
  return text;
}

interface SeatRow {
  name: string;
  monthlyCost: number | null;
  currency: string | null;
}

/** What was true of an account at launch, from a READ_POPULATION row. */
export function snapshotOf(row: Row): AccountSnapshot {
  const seat = row.seat as SeatRow | null;
  const findings = (row.findings as unknown as (FindingFacts & { severity: string; reason: string })[]) ?? [];
  return {
    accountId: String(row.accountId),
    appId: String(row.appId),
    appName: String(row.appName),
    email: (row.email as string | null) ?? null,
    username: (row.username as string | null) ?? null,
    status: String(row.status),
    kind: String(row.kind),
    roles: ((row.roles as { name: string; privilege: string | null }[]) ?? []).map((r) => ({ name: r.name, privilege: r.privilege ?? 'standard' })),
    seatType: seat?.name ?? null,
    monthlyCost: Number(seat?.monthlyCost ?? 0),
    currency: seat?.currency ?? 'USD',
    lastActiveAt: (row.lastActiveAt as string | null) ?? null,
    ownerPersonId: (row.ownerPersonId as string | null) ?? null,
    ownerName: (row.ownerName as string | null) ?? null,
    ownerEmail: (row.ownerEmail as string | null) ?? null,
    ownerStatus: (row.ownerStatus as string | null) ?? null,
    findings: findings.map((f) => ({ type: f.type, severity: f.severity, reason: f.reason, monthlyCost: Number(f.monthlyCost ?? 0) })),
  };
}

/** SHA-256 of the canonical JSON of the stage-1 snapshots sorted by account id: the population the evidence vouches for. */
export function populationSha256(snapshots: readonly string[], accountIds: readonly string[]): string {
  const ordered = accountIds
    .map((accountId, index) => ({ accountId, snapshot: snapshots[index]! }))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0))
    .map((entry) => JSON.parse(entry.snapshot) as unknown);
  return createHash('sha256').update(canonicalJson(ordered)).digest('hex');
}
