import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { Row } from '../graph/graph.js';

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** An AuditEvent as stored, without its own hash. */
export interface UnhashedAuditEvent {
  id: string;
  /** 1, 2, 3… with no gaps. */
  seq: number;
  /** ISO 8601, UTC. */
  at: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  action: string;
  targetType: string;
  targetId: string;
  /** Canonical JSON of the value before the change, or null. */
  before: string | null;
  after: string | null;
  prevHash: string;
}

export interface AuditEvent extends UnhashedAuditEvent {
  hash: string;
}

/** Sorted keys at every depth; a circular value is refused rather than recorded as "[Circular]". */
const canonical = stringify.configure({ deterministic: true, circularValue: TypeError });

/** JSON with keys sorted at every depth, so equal values always give equal text (and equal hashes). */
export function canonicalJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = canonical(value);
  if (text === undefined) throw new TypeError(`cannot record ${typeof value} in the audit log: give plain JSON values`);
  return text;
}

/** The fields an event's hash covers, in no particular order (canonical JSON sorts them). */
const HASHED_FIELDS = [
  'id',
  'seq',
  'at',
  'actorId',
  'actorName',
  'actorRole',
  'action',
  'targetType',
  'targetId',
  'before',
  'after',
  'prevHash',
] as const;

/**
 * SHA-256 (hex) over the canonical JSON of every field of the event except its own hash. Takes the
 * values as stored, so a field whose type was changed does not hash like the original.
 */
export function hashAuditEvent(event: UnhashedAuditEvent | Readonly<Record<string, unknown>>): string {
  const source = event as Readonly<Record<string, unknown>>;
  const fields: Record<string, unknown> = {};
  for (const field of HASHED_FIELDS) fields[field] = source[field] ?? null;
  return createHash('sha256').update(canonical(fields)).digest('hex');
}

/** An event as read back; a missing or mistyped field reads as text, never as an exception (its hash is taken from the stored values). */
export function toAuditEvent(row: Row): AuditEvent {
  const text = (value: unknown): string =>
    typeof value === 'string' ? value : value === null || value === undefined ? '' : JSON.stringify(value);
  const optional = (value: unknown): string | null => (value === null || value === undefined ? null : text(value));
  return {
    id: text(row.id),
    seq: typeof row.seq === 'number' ? row.seq : Number.NaN,
    at: text(row.at),
    actorId: text(row.actorId),
    actorName: text(row.actorName),
    actorRole: text(row.actorRole),
    action: text(row.action),
    targetType: text(row.targetType),
    targetId: text(row.targetId),
    before: optional(row.before),
    after: optional(row.after),
    prevHash: text(row.prevHash),
    hash: text(row.hash),
  };
}
