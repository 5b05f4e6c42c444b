import type { Command } from 'commander';
import { dataDir } from '../../graph/connect.js';
import { findRunningNeo4j, startEmbeddedNeo4j, stopEmbeddedNeo4j } from '../../graph/embedded/launcher.js';
import { port } from '../options.js';

/** What `attest db status` exits with when no embedded Neo4j runs for the data directory. */
const NOT_RUNNING_EXIT_CODE = 3;

/** `attest db start | stop | status`: the embedded Neo4j itself, so it needs no connection to it. */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Manage the embedded Neo4j for ATTEST_DATA_DIR (default ./.attest)');
  db.command('start')
    .description('Start the embedded Neo4j in the background; `serve` and other commands reuse it')
    .option('--port <port>', 'Bolt port (default: a free one)', port)
    .action(async (options: { port?: number }) => {
      await dbStart(options.port);
    });
  db.command('stop')
    .description('Stop the embedded Neo4j started for this data directory')
    .action(async () => {
      await dbStop();
    });
  db.command('status')
    .description('Say whether the embedded Neo4j is running, and where')
    .action(async () => {
      if (!(await dbStatus())) process.exitCode = NOT_RUNNING_EXIT_CODE;
    });
}

async function dbStart(boltPort: number | undefined): Promise<void> {
  const dir = dataDir();
  const neo4j = await startEmbeddedNeo4j({ dataDir: dir, port: boltPort, detached: true, onProgress: (m) => console.log(m) });
  console.log(
    neo4j.owned
      ? `Embedded Neo4j started at ${neo4j.uri} (pid ${neo4j.pid}, data in ${dir}); stop it with \`attest db stop\``
      : `Embedded Neo4j is already running at ${neo4j.uri} (pid ${neo4j.pid})`,
  );
}

async function dbStop(): Promise<void> {
  const dir = dataDir();
  console.log((await stopEmbeddedNeo4j(dir)) ? `Embedded Neo4j for ${dir} stopped` : `No embedded Neo4j is running for ${dir}`);
}

async function dbStatus(): Promise<boolean> {
  const dir = dataDir();
  if (process.env.NEO4J_URI) console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): Attest uses that server, not the embedded one`);
  const running = await findRunningNeo4j(dir);
  console.log(
    running
      ? `Embedded Neo4j is running at ${running.uri} (pid ${running.pid}, data in ${dir})`
      : `Embedded Neo4j is not running for ${dir}`,
  );
  return running !== null;
}
