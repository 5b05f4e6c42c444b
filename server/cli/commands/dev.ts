import type { Command } from 'commander';
import { port } from '../options.js';
import { runServer } from '../run-server.js';
import { startViteDevServer } from '../vite-dev.js';

/** `attest dev`: the API plus the vite dev server with hot reload. */
export function registerDevCommand(program: Command): void {
  program
    .command('dev')
    .description('Development: the API on --port and the vite dev server (hot reload) proxying /graphql to it')
    .option('--port <port>', 'API port', port, Number(process.env.ATTEST_PORT ?? 4000))
    .action(async (options: { port: number }) => {
      await runServer({ port: options.port, demo: true, demoPeople: 300, demoSeed: 42, buildWeb: false, development: true });
      startViteDevServer(options.port);
    });
}
