import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import type { PopulationCheck } from './evidence.types.js';

export interface StoredSnapshot {
  itemId: string;
  accountId: string;
  /** The item's `snapshot` property as stored at launch (canonical JSON). */
  snapshot: string;
}

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Recomputes the population hash exactly as launch defines it: the stage-1 snapshots parsed, sorted
 * by account id (plain code-unit order), put in one array and written as canonical JSON
 * (safe-stable-stringify), then SHA-256 over those UTF-8 bytes. Any difference from the recorded
 * hash or count means the population was altered after launch.
 */
export function checkPopulation(stageOne: StoredSnapshot[], recordedSha256: string | null, recordedCount: number | null): PopulationCheck {
  const problems: string[] = [];
  const sorted = [...stageOne].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
  const snapshots = sorted.map((item) => {
    try {
      return JSON.parse(item.snapshot) as unknown;
    } catch {
      problems.push(`review item ${item.itemId} (account ${item.accountId}) has a snapshot that is not JSON`);
      return item.snapshot;
    }
  });
  const canonicalJson = stringify(snapshots);
  const recomputedSha256 = sha256Hex(canonicalJson);
  if (recordedSha256 === null) problems.push('the campaign has no population hash recorded at launch');
  else if (recordedSha256 !== recomputedSha256) {
    problems.push(
      `the population recomputed from the review items hashes to ${recomputedSha256}, not ${recordedSha256} as recorded at launch`,
    );
  }
  if (recordedCount !== null && recordedCount !== stageOne.length) {
    problems.push(`the campaign recorded ${recordedCount} accounts at launch but has ${stageOne.length} stage-1 review items`);
  }
  return { canonicalJson, recordedSha256, recomputedSha256, matches: problems.length === 0, problems };
}
