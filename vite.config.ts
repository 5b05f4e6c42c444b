/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsReport } from './web/build/initial-js-report.js';

const apiPort = process.env.ATTEST_PORT ?? '4000';

export default defineConfig({
  root: 'web',
  plugins: [react(), initialJsReport()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Maps for debugging a production stack trace, not linked from the bundles; the server does not serve *.map.
    sourcemap: 'hidden',
  },
  server: {
    proxy: {
      '/graphql': `http://localhost:${apiPort}`,
      '/api': `http://localhost:${apiPort}`,
      '/scim': `http://localhost:${apiPort}`,
      '/auth': `http://localhost:${apiPort}`,
    },
  },
  test: {
    root: '.',
    // vitest's default on a 2-core machine is one worker, which ran every tier one file at a time. Two let the
    // browser and unit tiers run beside the integration files, which still take turns on the shared database
    // (fileParallelism: false below).
    maxWorkers: 2,
    // type-graphql loads graphql's CommonJS build; inlining it keeps one graphql realm under vitest.
    server: { deps: { inline: ['type-graphql'] } },
    alias: { graphql: 'graphql/index.js' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'server/**/*.test.ts', 'seed/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/**/*.test.tsx', 'test/web/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/web-setup.ts'],
          // Files share one jsdom and one module graph per worker: a fresh jsdom and React/Apollo import per file
          // was most of the tier's time. Per-test state is reset by web-setup.ts and each render's own client.
          isolate: false,
          // The suite runs these beside the integration tests on two cores; a busy jsdom render is not a failure.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          // One embedded Neo4j per worker (neo4j-global-setup.ts): files run two at a time, each on its own database,
          // beside the unit and browser tiers. With fileParallelism off, vitest ran them one at a time after the other tiers.
          globalSetup: ['test/support/neo4j-global-setup.ts'],
          // Files share a worker process and module graph: importing the server afresh for each file took 136 s of the
          // tier's import time (18 s shared). shared-worker-setup.ts gives each file the environment it started with.
          isolate: false,
          setupFiles: ['test/support/shared-worker-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          // Pure computation too slow for the unit tier (large generated organizations, a 50 MB CSV); npm run test:int runs it.
          name: 'slow',
          include: ['test/slow/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // The walks share one `attest serve` on its own embedded Neo4j, as `npm start` runs it (test/e2e/demo.e2e.test.ts):
          // no worker database needed, only the server compiled before the walks start it.
          globalSetup: ['test/support/build-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
