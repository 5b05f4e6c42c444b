import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort, lockPath } from '../../server/graph/embedded/launcher.js';
import { signIn } from '../support/signed-in-http.js';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'attest.js');

function attest(args: string[], env: NodeJS.ProcessEnv): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Every server a test started, so one a timed-out test left behind cannot share the next test's Neo4j. */
const started: ChildProcess[] = [];

function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve', '--no-demo', '--no-web', '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Attest is running at')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}

function jvmPid(dataDir: string): number {
  return (JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as { jvmPid: number }).jvmPid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

describe('attest serve and the embedded Neo4j lifecycle', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-cli-'));
  const env = { ...process.env, ATTEST_DATA_DIR: dataDir, NEO4J_URI: '' };
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('the CLI reuses the server’s Neo4j, and killing the server leaves no JVM behind', async () => {
    const port = await freePort();
    const server = await startServer(env, port);
    const pid = jvmPid(dataDir);
    expect(alive(pid)).toBe(true);

    const status = attest(['db', 'status'], env);
    expect(status.status).toBe(0);
    expect(status.out).toContain(`pid ${pid}`);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);

    server.kill('SIGKILL');
    expect(await waitFor(() => !alive(pid), 60_000)).toBe(true);
    const after = attest(['db', 'status'], env);
    expect(after.status).toBe(3);
    expect(after.out).toContain('not running');
    // A server start with a cold Neo4j, and up to 60 s for its JVM to go.
  }, 300_000);

  it('a second server sharing the Neo4j keeps working after the server that started it is killed, and SIGTERM then stops it cleanly: exit 0, JVM gone, lock file removed', async () => {
    const first = await startServer(env, await freePort());
    const firstJvm = jvmPid(dataDir);
    const secondPort = await freePort();
    const second = await startServer(env, secondPort);
    expect(jvmPid(dataDir)).toBe(firstJvm);
    const password = 'a-long-test-password';
    const added = attest(['user', 'add', '--email', 'ops@test.example', '--role', 'admin', '--name', 'Ops'], {
      ...env,
      ATTEST_USER_PASSWORD: password,
    });
    expect(added.status, added.out).toBe(0);

    first.kill('SIGKILL');
    expect(await waitFor(() => !alive(firstJvm), 60_000)).toBe(true);
    const base = `http://127.0.0.1:${secondPort}`;
    const overviewPeople = async (): Promise<number | string> => {
      const session = await signIn(base, 'ops@test.example', password).catch((error: unknown) => String(error));
      if (typeof session === 'string') return session;
      const response = await session.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ overview { people } }' }),
      });
      const body = (await response.json()) as { data: { overview: { people: number } } | null; errors?: { message: string }[] };
      return body.data ? body.data.overview.people : (body.errors?.[0]?.message ?? 'no data');
    };
    let answer: number | string = 'not asked';
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      answer = await overviewPeople();
      if (answer === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(answer).toBe(0);
    const restartedJvm = jvmPid(dataDir);
    expect(restartedJvm).not.toBe(firstJvm);
    const exited = new Promise<number | null>((resolve) => second.once('exit', (code) => resolve(code)));
    second.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(alive(restartedJvm)).toBe(false);
    expect(existsSync(lockPath(dataDir))).toBe(false);
    // Two server starts and a JVM restart, besides the 120 s it may wait for the restart itself.
  }, 300_000);
});
