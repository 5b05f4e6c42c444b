/** The state of each watched Baton file, kept in the graph so a restart does not import unchanged files again. */
import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import type { Graph } from '../../graph/graph.js';
import { BATON_FILES, FORGET_BATON_FILES, SAVE_BATON_FILE } from './baton-files.queries.js';

/**
 * imported: the file as it is now was imported. failed: the importer refused it (its error says why);
 * it is tried again once it changes. skipped: not a whole .c1z yet (being written, or no c1z header);
 * looked at again next round.
 */
export type BatonFileStatus = 'imported' | 'failed' | 'skipped';

export interface BatonFileState {
  name: string;
  app: string;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the file's bytes at the last look that settled its status. */
  sha256: string | null;
  status: BatonFileStatus;
  error: string | null;
  checkedAt: string;
  /** The last successful import: when, of which bytes, and its SyncRun. */
  importedAt: string | null;
  importedSha256: string | null;
  syncRunId: string | null;
}

const stateRow = z.object({
  name: z.string(),
  app: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  sha256: z.string().nullable(),
  status: z.enum(['imported', 'failed', 'skipped']),
  error: z.string().nullable(),
  checkedAt: z.string(),
  importedAt: z.string().nullable(),
  importedSha256: z.string().nullable(),
  syncRunId: z.string().nullable(),
});

export async function batonFileStates(graph: Graph): Promise<BatonFileState[]> {
  return readRows(graph, BATON_FILES, {}, stateRow, 'baton-files');
}

export async function saveBatonFile(graph: Graph, file: BatonFileState): Promise<void> {
  await graph.write(SAVE_BATON_FILE, { file: { ...file } }, 'baton-file-save');
}

export async function forgetBatonFilesExcept(graph: Graph, present: string[]): Promise<void> {
  await graph.write(FORGET_BATON_FILES, { present }, 'baton-files-forget');
}
