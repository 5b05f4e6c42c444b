import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isAlive, lockPath } from '../../server/graph/embedded/launcher.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { signIn, type SignedIn } from '../support/signed-in-http.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const EMAIL = 'ops@restart.example';
const PASSWORD = 'a-long-restart-password';
/** How long the server may take to bring a killed JVM back: a cold Neo4j start on two busy cores. */
const RECOVERY_MS = 180_000;

function jvmPid(dataDir: string): number {
  return (JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as { jvmPid: number }).jvmPid;
}

async function json(response: Response): Promise<Record<string, unknown>> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as Record<string, unknown>;
}

async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await probe();
  }
  return value;
}

describe('attest serve when its Neo4j JVM dies', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-restart-'));
  const env = { ...process.env, ATTEST_DATA_DIR: dataDir, NEO4J_URI: '' };
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'answers 503 at once while it restarts the JVM, says so on /readyz, and serves GraphQL again afterwards',
    async () => {
      const port = await freePort();
      server = await startServerProcess(['--no-demo', '--no-web'], env, port);
      const added = spawnSync(process.execPath, [bin, 'user', 'add', '--email', EMAIL, '--role', 'admin'], {
        env: { ...env, ATTEST_USER_PASSWORD: PASSWORD },
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(added.status, `${added.stdout}${added.stderr}`).toBe(0);
      const session: SignedIn = await signIn(server.url, EMAIL, PASSWORD);
      const overview = (): Promise<Response> =>
        session.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ overview { people } }' }),
        });
      const readyz = (): Promise<Response> => fetch(`${server?.url}/readyz`);

      expect((await readyz()).status).toBe(200);
      expect(await json(await overview())).toEqual({ data: { overview: { people: 0 } } });

      const killed = jvmPid(dataDir);
      process.kill(killed, 'SIGKILL');

      const readiness = async (): Promise<{ status: number; body: Record<string, unknown> }> => {
        const response = await readyz();
        return { status: response.status, body: await json(response) };
      };
      const restarting = (answer: { body: Record<string, unknown> }): boolean =>
        JSON.stringify(answer.body).includes('"state":"restarting"');
      const down = await poll(readiness, restarting, 10_000);
      expect(down).toMatchObject({ status: 503, body: { status: 'unavailable', database: { state: 'restarting' } } });
      const asked = Date.now();
      const refused = await overview();
      expect(Date.now() - asked).toBeLessThan(5000);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      const body = await json(refused);
      expect(body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: 'The database is restarting; try again in a few seconds.' });
      expect(JSON.stringify(body)).not.toMatch(/\bat \S+:\d+|Neo4jError|ServiceUnavailable/);
      const live = await fetch(`${server.url}/healthz`);
      expect(live.status).toBe(200);
      expect(await json(live)).toMatchObject({ status: 'ok', database: { state: 'restarting' } });

      const ready = await poll(readiness, (answer) => answer.status === 200, RECOVERY_MS);
      expect(ready, server.output()).toMatchObject({ status: 200, body: { status: 'ready', database: { state: 'up' } } });
      expect(await json(await overview())).toEqual({ data: { overview: { people: 0 } } });
      const restarted = jvmPid(dataDir);
      expect(restarted).not.toBe(killed);
      expect(isAlive(restarted)).toBe(true);

      expect(await server.stop()).toBe(0);
      expect(isAlive(restarted)).toBe(false);
    },
    RECOVERY_MS + 180_000,
  );
});
