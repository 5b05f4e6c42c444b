import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { PopulationRow } from './review.schemas.js';
import type { AccountSnapshot } from './review.types.js';

/** Canonical JSON: keys sorted, so the same facts always give the same text and hash. */
export function canonicalJson(value: unknown): string {
  const text = stringify(value);
  if (text === undefined) throw new Error('cannot serialize an undefined value');
  return text;
}

/** What was true of an account at launch, from a READ_POPULATION row. */
export function snapshotOf(row: PopulationRow): AccountSnapshot {
  const { seat } = row;
  return {
    accountId: row.accountId,
    appId: row.appId,
    appName: row.appName,
    email: row.email,
    username: row.username,
    status: row.status,
    kind: row.kind,
    roles: row.roles.map((r) => ({ name: r.name, privilege: r.privilege ?? 'standard' })),
    seatType: seat?.name ?? null,
    monthlyCost: seat?.monthlyCost ?? 0,
    currency: seat?.currency ?? 'USD',
    lastActiveAt: row.lastActiveAt,
    ownerPersonId: row.ownerPersonId,
    ownerName: row.ownerName,
    ownerEmail: row.ownerEmail,
    ownerStatus: row.ownerStatus,
    findings: row.findings.map((f) => ({ type: f.type, severity: f.severity, reason: f.reason, monthlyCost: f.monthlyCost })),
  };
}

/**
 * populationSha256 worked out a page at a time: snapshots are added in account-id order (as the
 * launch reads them) and never held all at once. Gives the same hash as populationSha256.
 */
export class PopulationHash {
  private readonly hash = createHash('sha256').update('[');
  private lastAccountId: string | null = null;
  count = 0;

  add(accountId: string, snapshot: string): void {
    if (this.lastAccountId !== null && !(this.lastAccountId < accountId)) {
      throw new Error(`population snapshots out of account-id order: ${accountId} after ${this.lastAccountId}`);
    }
    this.hash.update(this.count === 0 ? '' : ',').update(canonicalJson(JSON.parse(snapshot) as unknown));
    this.lastAccountId = accountId;
    this.count += 1;
  }

  digest(): string {
    return this.hash.update(']').digest('hex');
  }
}

/** SHA-256 of the canonical JSON of the stage-1 snapshots sorted by account id: the population the evidence vouches for. */
export function populationSha256(snapshots: readonly string[], accountIds: readonly string[]): string {
  const ordered = accountIds
    .map((accountId, index) => ({ accountId, snapshot: snapshots[index]! }))
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0))
    .map((entry) => JSON.parse(entry.snapshot) as unknown);
  return createHash('sha256').update(canonicalJson(ordered)).digest('hex');
}
