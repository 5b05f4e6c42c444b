import { afterAll, beforeAll, vi } from 'vitest';

/**
 * The integration files share a worker process and its module graph (isolate: false in vite.config.ts).
 * Each file leaves the process as it found it: the environment it started with (the files set ATTEST_NOW,
 * ATTEST_DATA_DIR, NEO4J_URI and others, and restore them, but a failed assertion must not change the
 * next file's environment) and no spies.
 */
let environment: NodeJS.ProcessEnv = {};

beforeAll(() => {
  environment = { ...process.env };
});

afterAll(() => {
  vi.restoreAllMocks();
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
  Object.assign(process.env, environment);
  process.exitCode = undefined;
});
