import { dataDir } from '../graph/connect.js';
import { findRunningNeo4j, startEmbeddedNeo4j, stopEmbeddedNeo4j } from '../graph/embedded/launcher.js';

export async function dbStart(port: number | undefined): Promise<void> {
  const dir = dataDir();
  const neo4j = await startEmbeddedNeo4j({ dataDir: dir, port, detached: true, onProgress: (m) => console.log(m) });
  console.log(
    neo4j.owned
      ? `Embedded Neo4j started at ${neo4j.uri} (pid ${neo4j.pid}, data in ${dir}); stop it with \`attest db stop\``
      : `Embedded Neo4j is already running at ${neo4j.uri} (pid ${neo4j.pid})`,
  );
}

export async function dbStop(): Promise<void> {
  const dir = dataDir();
  console.log((await stopEmbeddedNeo4j(dir)) ? `Embedded Neo4j for ${dir} stopped` : `No embedded Neo4j is running for ${dir}`);
}

export async function dbStatus(): Promise<boolean> {
  const dir = dataDir();
  if (process.env.NEO4J_URI) console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): Attest uses that server, not the embedded one`);
  const running = await findRunningNeo4j(dir);
  console.log(running ? `Embedded Neo4j is running at ${running.uri} (pid ${running.pid}, data in ${dir})` : `Embedded Neo4j is not running for ${dir}`);
  return running !== null;
}
