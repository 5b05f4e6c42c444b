import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../../server/demo/demo-users.js';
import { freePort } from '../../server/graph/embedded/launcher.js';
import { launchChromium, signIn } from './browser.js';
import { TEST_NOW } from './demo.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');

/** `attest serve` with the demo organization, and a Chromium to drive it, shared by the walks of one e2e file. */
export interface DemoServer {
  /** Where `attest serve` listens, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  /** The server's data directory: its embedded Neo4j, the demo's generated files (demo/), the audit signing key. */
  readonly dataDir: string;
  readonly browser: Browser;
  /** What `attest serve` printed so far. */
  output(): string;
  /** Runs an `attest` command as a person at the same machine would: same data directory, so it shares the server's Neo4j. */
  cli(args: string[]): { status: number | null; out: string };
  /** A second person at their own desk: a fresh browser context at `viewport`, signed in as `email` with the demo password. */
  signedIn(email: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * Starts `attest serve` as `npm start` does (its own embedded Neo4j in a fresh data directory, the
 * demo loaded into it) and Chromium, in the calling describe's beforeAll; stops both in its afterAll
 * and expects the server to exit 0. Starting the JVM and loading the demo is most of an e2e file's
 * time, so the walks share one server: each is written to hold on the demo as the walks before it leave it.
 */
export function serveDemo(): DemoServer {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-e2e-'));
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const port = await freePort();
    // Chromium starts while `attest serve` starts its Neo4j and loads the demo; each is assigned as it comes up, so
    // afterAll stops whichever started if the other failed.
    await Promise.all([
      startServerProcess([], { ...process.env, ATTEST_DATA_DIR: dataDir, ATTEST_NOW: TEST_NOW, NEO4J_URI: '' }, port).then(
        (started) => (server = started),
      ),
      launchChromium().then((launched) => (browser = launched)),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await server?.stop()).toBe(0);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const started = (): ServerProcess => {
    if (!server) throw new Error('attest serve has not started');
    return server;
  };

  const demo: DemoServer = {
    get url() {
      return started().url;
    },
    dataDir,
    get browser() {
      if (!browser) throw new Error('Chromium has not started');
      return browser;
    },
    output: () => started().output(),
    cli: (args) => {
      const result = spawnSync(process.execPath, [bin, ...args], {
        env: { ...process.env, ATTEST_DATA_DIR: dataDir, ATTEST_NOW: TEST_NOW, NEO4J_URI: '' },
        encoding: 'utf8',
        timeout: 240_000,
      });
      return { status: result.status, out: `${result.stdout}${result.stderr}` };
    },
    async signedIn(email, viewport) {
      const context = await demo.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(demo.url);
      await signIn(page, email, DEFAULT_DEMO_PASSWORD);
      return { context, page };
    },
  };
  return demo;
}
