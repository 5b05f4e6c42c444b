/**
 * What must change in the graph so that the stored rule links and review flags of some records say
 * what the rules say now. Pure: the caller reads the records and matches them; only the difference
 * is written, so a reconciliation that finds nothing new writes nothing, and a link that still holds
 * keeps the time it was made.
 */
import type { Ambiguity, Link, MatchResult } from './match.js';

export interface StoredLink {
  personId: string;
  method: string;
  confidence: number | null;
  reason: string | null;
}

/** A record (account or identity) as stored: its rule links and review flag. */
export interface StoredRecord {
  id: string;
  /** False when a person decided its owner (manual link, or "no owner"): the rules leave it unlinked and unflagged. */
  ruled: boolean;
  ruleLinks: StoredLink[];
  needsReview: boolean | null;
  reviewCandidates: string[] | null;
  reviewReason: string | null;
}

export interface LinkChanges {
  /** Records whose rule links are deleted (before `link` writes their new one, when they get one). */
  unlink: string[];
  link: Link[];
  flag: Ambiguity[];
  unflag: string[];
}

export function changeCount(changes: LinkChanges): number {
  return changes.unlink.length + changes.link.length + changes.flag.length + changes.unflag.length;
}

function sameLink(stored: StoredLink, link: Link): boolean {
  return (
    stored.personId === link.personId &&
    stored.method === link.method &&
    stored.confidence === link.confidence &&
    stored.reason === link.reason
  );
}

function sameFlag(record: StoredRecord, ambiguity: Ambiguity): boolean {
  const candidates = record.reviewCandidates ?? [];
  return (
    record.needsReview === true &&
    record.reviewReason === ambiguity.reason &&
    candidates.length === ambiguity.candidatePersonIds.length &&
    candidates.every((id, i) => id === ambiguity.candidatePersonIds[i])
  );
}

/** `result` is the match of the ruled records among `records` (the others have no rule link and no flag). */
export function diffLinks(records: readonly StoredRecord[], result: MatchResult): LinkChanges {
  const links = new Map(result.links.map((link) => [link.fromId, link]));
  const flags = new Map(result.ambiguous.map((ambiguity) => [ambiguity.fromId, ambiguity]));
  const changes: LinkChanges = { unlink: [], link: [], flag: [], unflag: [] };
  for (const record of records) {
    const link = record.ruled ? links.get(record.id) : undefined;
    const [only, ...more] = record.ruleLinks;
    const linkHolds = link ? only !== undefined && more.length === 0 && sameLink(only, link) : only === undefined;
    if (!linkHolds) {
      if (only) changes.unlink.push(record.id);
      if (link) changes.link.push(link);
    }
    const flag = record.ruled ? flags.get(record.id) : undefined;
    if (flag) {
      if (!sameFlag(record, flag)) changes.flag.push(flag);
    } else if (record.needsReview !== null) changes.unflag.push(record.id);
  }
  return changes;
}

/**
 * The changes in parts of at most `limit` changes (more only when one record has more), each record's
 * changes in one part, so a record is never seen unlinked between its old link and its new one.
 */
export function splitChanges(changes: LinkChanges, limit: number): LinkChanges[] {
  if (changeCount(changes) <= limit) return changeCount(changes) ? [changes] : [];
  const ops = new Map<string, number>();
  const count = (id: string): void => {
    ops.set(id, (ops.get(id) ?? 0) + 1);
  };
  changes.unlink.forEach(count);
  changes.link.forEach((link) => count(link.fromId));
  changes.flag.forEach((flag) => count(flag.fromId));
  changes.unflag.forEach(count);
  const partOf = new Map<string, LinkChanges>();
  const parts: LinkChanges[] = [];
  let current: LinkChanges = { unlink: [], link: [], flag: [], unflag: [] };
  let size = 0;
  for (const [id, n] of ops) {
    if (size > 0 && size + n > limit) {
      parts.push(current);
      current = { unlink: [], link: [], flag: [], unflag: [] };
      size = 0;
    }
    partOf.set(id, current);
    size += n;
  }
  parts.push(current);
  const part = (id: string): LinkChanges => partOf.get(id) ?? current;
  for (const id of changes.unlink) part(id).unlink.push(id);
  for (const link of changes.link) part(link.fromId).link.push(link);
  for (const flag of changes.flag) part(flag.fromId).flag.push(flag);
  for (const id of changes.unflag) part(id).unflag.push(id);
  return parts;
}
