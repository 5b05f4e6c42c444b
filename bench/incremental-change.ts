/**
 * The incremental case of bench:scale: one app's accounts export with a few hundred changes, as the
 * next day's export of a real app would look: some accounts changed status or were active again,
 * some left the listing, some are new.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { ACCOUNT_COLUMNS } from '../server/ingest/parsers/accounts-csv.js';

export interface ChangeCounts {
  /** Rows whose status or last-active date changed. */
  changed: number;
  removed: number;
  /** Copies of existing rows with a new email (and id / username when the export has them). */
  added: number;
}

export interface ChangedCopy extends ChangeCounts {
  rowsBefore: number;
  rowsAfter: number;
  /** Which columns the changes wrote, for the report. */
  columns: string[];
}

export const DEFAULT_CHANGES: ChangeCounts = { changed: 200, removed: 150, added: 150 };

type Column = keyof typeof ACCOUNT_COLUMNS;

/** The index of a column the accounts-csv importer reads as `column`, or -1. */
function columnIndex(header: string[], column: Column): number {
  const names = new Set([ACCOUNT_COLUMNS[column].field, ...ACCOUNT_COLUMNS[column].synonyms].map((n) => n.toLowerCase()));
  return header.findIndex((name) => names.has(name.trim().toLowerCase()));
}

/** A small deterministic generator (mulberry32), so a seed gives the same changes every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The changes scaled down to touch at most half the rows of a small export (small benches). */
function fitted(changes: ChangeCounts, rows: number): ChangeCounts {
  const share = Math.min(1, rows / 2 / (changes.changed + changes.removed + changes.added));
  return {
    changed: Math.floor(changes.changed * share),
    removed: Math.floor(changes.removed * share),
    added: Math.floor(changes.added * share),
  };
}

/**
 * Writes `target`: the accounts CSV `source` with `changes.changed` rows changed (status flipped
 * between active and a non-active word the file uses, or, every other one when the export has the
 * column, the last-active date moved 100 to 400 days back), `changes.removed` rows left out and
 * `changes.added` new rows; fewer when the export has fewer than twice as many rows as changes.
 */
export function writeChangedCopy(
  source: string,
  target: string,
  now: Date,
  seed: number,
  wanted: ChangeCounts = DEFAULT_CHANGES,
): ChangedCopy {
  const [header, ...rows] = parse(readFileSync(source, 'utf8'), { relaxColumnCount: true });
  if (!header) throw new Error(`${source}: empty`);
  const changes = fitted(wanted, rows.length);
  const needed = changes.changed + changes.removed + changes.added;
  const email = columnIndex(header, 'email');
  if (email < 0) throw new Error(`${source}: no email column`);
  const status = columnIndex(header, 'status');
  const lastActive = columnIndex(header, 'lastActive');
  const name = columnIndex(header, 'name');
  const ids = [columnIndex(header, 'userId'), columnIndex(header, 'username')].filter((i) => i >= 0);

  const next = random(seed);
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  const changed = order.slice(0, changes.changed);
  const removed = new Set(order.slice(changes.changed, changes.changed + changes.removed));
  const templates = order.slice(changes.changed + changes.removed, needed);

  const words = status < 0 ? [] : [...new Set(rows.map((row) => row[status] ?? ''))];
  const active = words.find((w) => /^active$/i.test(w.trim())) ?? 'Active';
  const inactive = words.find((w) => /deactiv|suspend|inactive|disabled|removed/i.test(w)) ?? 'Deactivated';
  const columns = new Set<string>();
  for (const [n, index] of changed.entries()) {
    const row = rows[index];
    if (!row) continue;
    if (lastActive >= 0 && (n % 2 === 1 || status < 0)) {
      row[lastActive] = new Date(now.getTime() - (100 + (n % 300)) * 86_400_000).toISOString();
      columns.add(header[lastActive] ?? 'last active');
    } else if (status >= 0) {
      row[status] = /^active$/i.test((row[status] ?? '').trim()) ? inactive : active;
      columns.add(header[status] ?? 'status');
    } else if (name >= 0) {
      row[name] = `${row[name] ?? ''} (renamed)`;
      columns.add(header[name] ?? 'name');
    } else {
      throw new Error(`${source}: no status, last-active or name column to change`);
    }
  }
  const added = templates.map((index, n) => {
    const copy = [...(rows[index] ?? [])];
    const [local, domain] = (copy[email] ?? '').split('@');
    copy[email] = `bench.new${n}.${local ?? 'user'}@${domain ?? 'example.com'}`;
    for (const id of ids) copy[id] = `bench-new-${n}-${copy[id] ?? ''}`;
    return copy;
  });
  const kept = rows.filter((_, i) => !removed.has(i));
  writeFileSync(target, stringify([header, ...kept, ...added]));
  return {
    changed: changed.length,
    removed: removed.size,
    added: added.length,
    rowsBefore: rows.length,
    rowsAfter: kept.length + added.length,
    columns: [...columns],
  };
}
