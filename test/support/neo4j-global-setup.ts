import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j } from '../../server/graph/embedded/launcher.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    /** The password the embedded Neo4j generated in its data directory; every connection needs it. */
    neo4jPassword: string;
  }
}

/** One real embedded Neo4j for the whole integration run, on a free port in a throw-away directory. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-test-'));
  const neo4j = await startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jPassword', neo4j.password);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
