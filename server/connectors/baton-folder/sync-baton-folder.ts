/**
 * One round over the watched Baton folder (`attest serve --baton-dir`): each .c1z whose SHA-256
 * changed since it was last looked at is imported like `attest import baton <file> --app <app>`
 * (all or nothing, recorded as a SyncRun, then settled). The bytes imported are the bytes hashed: a
 * private copy is imported, so a connector rewriting the file meanwhile cannot mix two versions. A
 * file that is still being written or has no c1z header is skipped and looked at again next round;
 * a file the importer refuses keeps its error until it changes. The previous data stays in both cases.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../../audit/actor.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { Graph } from '../../graph/graph.js';
import { ImportError } from '../../ingest/errors.js';
import { importSource } from '../../ingest/import-source.js';
import { batonFileStates, forgetBatonFilesExcept, saveBatonFile, type BatonFileState } from './baton-file-store.js';
import { lookAt, notAC1z, statOf, type FileLook } from './look-at-file.js';
import { watchedFiles, type WatchedFile } from './watched-files.js';

export interface BatonFileOutcome {
  name: string;
  app: string;
  /** unchanged: the same bytes as at the last look, nothing done. */
  outcome: 'imported' | 'failed' | 'skipped' | 'unchanged';
  message: string;
}

export async function syncBatonFolder(
  graph: Graph,
  catalog: Catalog,
  now: () => Date,
  dir: string,
  log: (message: string) => void,
): Promise<BatonFileOutcome[]> {
  const files = await watchedFiles(dir);
  const known = new Map((await batonFileStates(graph)).map((state) => [state.name, state]));
  const outcomes: BatonFileOutcome[] = [];
  for (const file of files) {
    const outcome = await syncFile(graph, catalog, now, file, known.get(file.name) ?? null);
    if (outcome.outcome !== 'unchanged') log(`baton ${file.name} (${file.app}): ${outcome.outcome}: ${outcome.message}`);
    outcomes.push(outcome);
  }
  await forgetBatonFilesExcept(
    graph,
    files.map((f) => f.name),
  );
  return outcomes;
}

async function syncFile(
  graph: Graph,
  catalog: Catalog,
  now: () => Date,
  file: WatchedFile,
  known: BatonFileState | null,
): Promise<BatonFileOutcome> {
  const result = (outcome: BatonFileOutcome['outcome'], message: string): BatonFileOutcome => ({
    name: file.name,
    app: file.app,
    outcome,
    message,
  });
  const before = await statOf(file.path);
  const settled = known !== null && known.app === file.app && known.status !== 'skipped' && known.sha256 !== null;
  if (settled && known.size === before.size && known.mtimeMs === before.mtimeMs) return result('unchanged', known.status);
  const look = await lookAt(file.path, before);
  const checkedAt = now().toISOString();
  const base: BatonFileState = {
    name: file.name,
    app: file.app,
    size: before.size,
    mtimeMs: before.mtimeMs,
    sha256: null,
    status: 'skipped',
    error: null,
    checkedAt,
    importedAt: known?.importedAt ?? null,
    importedSha256: known?.importedSha256 ?? null,
    syncRunId: known?.syncRunId ?? null,
  };
  if (!look) {
    const error = 'the file changed while it was read (still being written); looked at again next round';
    await saveBatonFile(graph, { ...base, error });
    return result('skipped', error);
  }
  if (settled && known.sha256 === look.sha256) {
    await saveBatonFile(graph, { ...known, size: look.size, mtimeMs: look.mtimeMs, checkedAt });
    return result('unchanged', known.status);
  }
  const refused = notAC1z(look.bytes);
  if (refused) {
    await saveBatonFile(graph, { ...base, error: refused });
    return result('skipped', refused);
  }
  return importLook(graph, catalog, now(), file, look, base, result);
}

async function importLook(
  graph: Graph,
  catalog: Catalog,
  at: Date,
  file: WatchedFile,
  look: FileLook,
  base: BatonFileState,
  result: (outcome: BatonFileOutcome['outcome'], message: string) => BatonFileOutcome,
): Promise<BatonFileOutcome> {
  const work = await mkdtemp(join(tmpdir(), 'attest-baton-'));
  try {
    const copy = join(work, file.name);
    await writeFile(copy, look.bytes, { mode: 0o600 });
    const { run } = await importSource(graph, catalog, at, {
      kind: 'baton',
      files: [{ path: copy, name: file.name }],
      app: file.app,
      actor: SYSTEM_ACTOR,
    });
    await saveBatonFile(graph, {
      ...base,
      sha256: look.sha256,
      status: 'imported',
      importedAt: at.toISOString(),
      importedSha256: look.sha256,
      syncRunId: run.id,
    });
    return result('imported', `${run.added} added, ${run.updated} updated, ${run.removed} removed`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A refused input fails the same way until the file changes; anything else (the database) is tried again next round.
    await saveBatonFile(graph, { ...base, sha256: error instanceof ImportError ? look.sha256 : null, status: 'failed', error: message });
    return result('failed', message);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
