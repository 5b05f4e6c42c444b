import type { Command } from 'commander';
import { resolve } from 'node:path';
import { port, positiveInt } from '../options.js';
import { runServer } from '../run-server.js';

/** `attest serve`: the dashboard and the GraphQL API, until SIGINT or SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the dashboard and GraphQL API (embedded Neo4j unless NEO4J_URI is set); loads the demo organization into an empty database',
    )
    .option('--port <port>', 'HTTP port', port, Number(process.env.ATTEST_PORT ?? 4000))
    .option('--no-demo', 'do not load the demo organization into an empty database')
    .option('--no-web', 'serve the API only (no dashboard build)')
    .option('--demo-people <n>', 'people in the demo organization', positiveInt, 300)
    .option('--demo-seed <s>', 'seed of the demo organization', positiveInt, 42)
    .option(
      '--baton-dir <dir>',
      'a folder of Baton .c1z files ("<App name>.c1z", or named in its baton.json), each imported whenever it changes',
      process.env.ATTEST_BATON_DIR || undefined,
    )
    .action(async (options: { port: number; demo: boolean; web: boolean; demoPeople: number; demoSeed: number; batonDir?: string }) => {
      await runServer({ ...options, buildWeb: options.web, batonDir: options.batonDir ? resolve(options.batonDir) : undefined });
    });
}
