import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/graph/embedded/launcher.js';
import { compileServerOnce } from './build-global-setup.js';

export interface TestNeo4j {
  uri: string;
  /** The password the embedded Neo4j generated in its data directory; every connection needs it. */
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** One embedded Neo4j per worker: the file a worker runs owns that database alone (see graph.ts). */
    neo4jInstances: TestNeo4j[];
  }
}

interface Shared {
  projects: number;
  instances: Promise<EmbeddedNeo4j[]>;
  dataDirs: string[];
}

/** Set up once for the run although two projects (integration, e2e) name this file: they share the instances. */
const SHARED = Symbol.for('attest.test-neo4j');
const registry = globalThis as typeof globalThis & { [SHARED]?: Shared };

async function startInstances(dataDirs: string[]): Promise<EmbeddedNeo4j[]> {
  const started = await Promise.allSettled(dataDirs.map((dataDir) => startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 })));
  const failed = started.find((result) => result.status === 'rejected');
  if (!failed) return started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  await Promise.all(started.flatMap((result) => (result.status === 'fulfilled' ? [result.value.stop()] : [])));
  throw failed.reason;
}

/**
 * Real embedded Neo4j instances for the run, one per worker, each on a free port in a throw-away
 * directory. A database per worker lets the integration and browser files run two at a time, beside
 * the unit tier, instead of one at a time after it (vitest's queue for files without file parallelism).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = registry[SHARED];
  if (!shared) {
    const workers = Math.max(1, project.config.maxWorkers);
    const dataDirs = Array.from({ length: workers }, () => mkdtempSync(join(tmpdir(), 'attest-test-')));
    shared = { projects: 0, instances: startInstances(dataDirs), dataDirs };
    registry[SHARED] = shared;
  }
  shared.projects++;
  // The server compiles (when dist/ is stale) while the JVMs start.
  const [instances] = await Promise.all([shared.instances, compileServerOnce()]);
  project.provide(
    'neo4jInstances',
    instances.map((neo4j) => ({ uri: neo4j.uri, password: neo4j.password })),
  );
  const mine = shared;
  return async () => {
    if (--mine.projects > 0) return;
    delete registry[SHARED];
    await Promise.all(instances.map((neo4j) => neo4j.stop()));
    for (const dataDir of mine.dataDirs) rmSync(dataDir, { recursive: true, force: true });
  };
}
