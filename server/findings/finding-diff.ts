import { createHash } from 'node:crypto';
import type { FindingRecord } from './evaluate.js';

/** A finding as the refresh stores it: the record and the hash of its content. */
export type StoredFindingRow = FindingRecord & { contentHash: string };

/** What the refresh reads of a stored finding to tell whether it changed. */
export interface StoredFindingState {
  id: string;
  /** null for a finding stored before findings carried a hash: it is written again once. */
  contentHash: string | null;
  detectedAt: string;
}

export interface FindingsDiff {
  /** New findings and changed ones, to create or overwrite. */
  write: StoredFindingRow[];
  /** Stored findings that no longer hold. */
  deleteIds: string[];
  created: number;
  updated: number;
}

/**
 * Hash of everything a finding shows except when it was detected. Age-based findings (inactive
 * users, pending invites, integrations left behind) carry their age in days in `ageDays` and in the
 * reason, so their hash changes once a day and they are rewritten then, keeping `detectedAt`.
 */
export function contentHash(record: FindingRecord): string {
  const { detectedAt: _detectedAt, ...content } = record;
  return createHash('sha256').update(JSON.stringify(content)).digest('base64url');
}

/**
 * The changes that turn the stored findings of some apps into `records`, the findings those apps
 * have now. `detectedAt` is when a finding (by id) first held: a finding that still holds keeps it,
 * also when its details changed.
 */
export function diffFindings(records: readonly FindingRecord[], stored: readonly StoredFindingState[]): FindingsDiff {
  const before = new Map(stored.map((s) => [s.id, s]));
  const write: StoredFindingRow[] = [];
  let created = 0;
  let updated = 0;
  for (const record of records) {
    const hash = contentHash(record);
    const previous = before.get(record.id);
    before.delete(record.id);
    if (!previous) {
      created += 1;
      write.push({ ...record, contentHash: hash });
    } else if (previous.contentHash !== hash) {
      updated += 1;
      write.push({ ...record, detectedAt: previous.detectedAt, contentHash: hash });
    }
  }
  return { write, deleteIds: [...before.keys()], created, updated };
}
