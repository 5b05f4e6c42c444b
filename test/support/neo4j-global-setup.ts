import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../server/graph/embedded/launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/** One real embedded Neo4j for the whole integration run, on a free port in a throw-away directory. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 });
  project.provide('neo4jUri', neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
