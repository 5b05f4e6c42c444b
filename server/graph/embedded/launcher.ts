import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../config/repo-root.js';
import { resolveClasspath } from './classpath.js';
import { javaMainArguments } from './java-main.js';
import { describeMemory, embeddedMemory, jvmSize, machineMemory } from './memory-sizing.js';
import { ensurePasswordFile, OWNER_ONLY, passwordPath, readPasswordFile } from './password-file.js';
import { checkPrerequisites, EmbeddedNeo4jUnavailableError } from './prerequisites.js';

export interface EmbeddedNeo4jOptions {
  /** Attest's data directory; the store lives in DATA_DIR/neo4j and the lock file beside it. */
  dataDir: string;
  /** Bolt port; a free one is picked when omitted. */
  port?: number;
  /** Keep running after this process exits (`attest db start`). */
  detached?: boolean;
  startTimeoutMs?: number;
  onProgress?: (message: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  port: number;
  /** The password of the user `neo4j` (EMBEDDED_NEO4J_USER), from DATA_DIR/neo4j-password. */
  password: string;
  /** The JVM's process id. */
  pid: number;
  /** False when this process attached to an instance another process started. */
  owned: boolean;
  stop(): Promise<void>;
  /** Calls back when the JVM ends without stop() (killed, crashed); only for an instance this process owns. */
  onUnexpectedExit(listener: () => void): void;
}

/** The only user of the embedded Neo4j. */
export const EMBEDDED_NEO4J_USER = 'neo4j';

interface LockFile {
  state: 'starting' | 'ready';
  /** The Node process that is starting the instance. */
  starterPid: number;
  jvmPid?: number;
  port?: number;
  detached: boolean;
  startedAt: string;
}

const LOCK_NAME = 'attest-neo4j.json';
const READY_MARK = 'ATTEST_NEO4J_READY';
const sourceDir = dirname(fileURLToPath(import.meta.url));

export function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_NAME);
}

/** The instance serving this data directory, if one is up; null otherwise. */
export async function findRunningNeo4j(dataDir: string): Promise<EmbeddedNeo4j | null> {
  const lock = readLock(dataDir);
  if (!lock || lock.state !== 'ready' || !lock.port || !lock.jvmPid) return null;
  if (!isAlive(lock.jvmPid) || !(await portAnswers(lock.port))) return null;
  return attachedHandle(lock.port, lock.jvmPid, readPasswordFile(dataDir) ?? '');
}

/**
 * Starts Neo4j in a child JVM for the data directory, or attaches to the instance another Attest
 * process already runs there (the store allows one JVM only, so the CLI must share the server's).
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const timeout = options.startTimeoutMs ?? 180_000;
  const deadline = Date.now() + timeout;
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  for (;;) {
    const running = await findRunningNeo4j(options.dataDir);
    if (running) return running;
    if (claimLock(options.dataDir, options.detached ?? false)) break;
    const lock = readLock(options.dataDir);
    if (!lock || !holderAlive(lock)) {
      removeLock(options.dataDir);
      continue;
    }
    if (Date.now() > deadline) {
      throw new EmbeddedNeo4jUnavailableError(
        `Another process (pid ${lock?.starterPid}) holds ${lockPath(options.dataDir)} but Neo4j did not come up within ${timeout / 1000}s`,
      );
    }
    await sleep(300);
  }
  try {
    return await launch(options, deadline);
  } catch (error) {
    removeLock(options.dataDir);
    throw error;
  }
}

async function launch(options: EmbeddedNeo4jOptions, deadline: number): Promise<EmbeddedNeo4j> {
  const memory = embeddedMemory(machineMemory(), process.env);
  checkPrerequisites();
  options.onProgress?.('Resolving Neo4j with Maven (downloads once, then cached)…');
  const main = await embeddedJavaMain('EmbeddedNeo4j.java');
  const password = ensurePasswordFile(options.dataDir);
  const port = options.port ?? (await freePort());
  const detached = options.detached ?? false;
  const consoleLog = join(options.dataDir, 'neo4j-console.log');
  const logFd = openSync(consoleLog, 'w');
  options.onProgress?.(`Starting embedded Neo4j on bolt://127.0.0.1:${port} (data in ${options.dataDir}; ${describeMemory(memory)})…`);
  const child = spawn(
    'java',
    [
      `-Xmx${jvmSize(memory.heapBytes)}`,
      '-XX:+UseG1GC',
      ...main,
      join(options.dataDir, 'neo4j'),
      String(port),
      jvmSize(memory.pageCacheBytes),
      passwordPath(options.dataDir),
      jvmSize(memory.transactionsTotalBytes),
      jvmSize(memory.transactionBytes),
    ],
    {
      stdio: [detached ? 'ignore' : 'pipe', logFd, logFd],
      detached,
      env: { ...process.env, ATTEST_NEO4J_WATCH_STDIN: detached ? '0' : '1' },
    },
  );
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new EmbeddedNeo4jUnavailableError('Could not start java for the embedded Neo4j');
  let exited = false;
  let stopping = false;
  const exitListeners: (() => void)[] = [];
  child.once('exit', () => {
    exited = true;
    if (!stopping) for (const listener of exitListeners) listener();
  });
  if (detached) child.unref();
  else trackOwnedChild(child);

  while (!readFileSync(consoleLog, 'utf8').includes(READY_MARK)) {
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill('SIGKILL');
      const tail = readFileSync(consoleLog, 'utf8').split('\n').slice(-15).join('\n');
      throw new EmbeddedNeo4jUnavailableError(
        `Embedded Neo4j ${exited ? 'exited' : 'did not start in time'} (log: ${consoleLog}):\n${tail}`,
      );
    }
    await sleep(200);
  }
  writeLock(options.dataDir, {
    state: 'ready',
    starterPid: process.pid,
    jvmPid: pid,
    port,
    detached,
    startedAt: new Date().toISOString(),
  });

  const stop = async (): Promise<void> => {
    stopping = true;
    await stopJvm(child, () => exited);
    removeLock(options.dataDir);
  };
  const onUnexpectedExit = (listener: () => void): void => {
    if (exited && !stopping) queueMicrotask(listener);
    else exitListeners.push(listener);
  };
  return { uri: `bolt://127.0.0.1:${port}`, port, password, pid, owned: true, stop, onUnexpectedExit };
}

/** Stops the instance recorded for a data directory (used by `attest db stop`). */
export async function stopEmbeddedNeo4j(dataDir: string): Promise<boolean> {
  const lock = readLock(dataDir);
  if (!lock?.jvmPid || !isAlive(lock.jvmPid)) {
    removeLock(dataDir);
    return false;
  }
  process.kill(lock.jvmPid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(lock.jvmPid) && Date.now() < deadline) await sleep(200);
  if (isAlive(lock.jvmPid)) process.kill(lock.jvmPid, 'SIGKILL');
  removeLock(dataDir);
  return true;
}

/**
 * Takes the data directory's lock for work that must not run beside Neo4j or another such job (a bulk
 * import), clearing a lock whose holder is gone; false when a live process holds it.
 */
export function claimIdleDataDir(dataDir: string): boolean {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (;;) {
    if (claimLock(dataDir, false)) return true;
    const lock = readLock(dataDir);
    if (lock && holderAlive(lock)) return false;
    removeLock(dataDir);
  }
}

/** Lets go of the lock claimIdleDataDir took. */
export function releaseIdleDataDir(dataDir: string): void {
  removeLock(dataDir);
}

/** The directory with pom.xml and the .java mains: beside this module, or in server/ when running from dist/. */
function embeddedSourceDir(): string {
  if (existsSync(join(sourceDir, 'pom.xml'))) return sourceDir;
  return join(repoRoot(), 'server', 'graph', 'embedded');
}

/** The java arguments (`-cp CLASSPATH MAIN`) that run a single-file Java main beside pom.xml with the Neo4j jars. */
export async function embeddedJavaMain(fileName: string): Promise<string[]> {
  const classpath = await resolveClasspath(embeddedSourceDir(), cacheDir());
  return javaMainArguments(join(embeddedSourceDir(), fileName), classpath, cacheDir());
}

/** Where the Neo4j classpath and the compiled mains are cached: node_modules/.cache/attest, or ATTEST_CACHE_DIR. */
function cacheDir(): string {
  return process.env.ATTEST_CACHE_DIR ?? join(repoRoot(), 'node_modules', '.cache', 'attest');
}

function holderAlive(lock: LockFile): boolean {
  return isAlive(lock.state === 'ready' && lock.jvmPid ? lock.jvmPid : lock.starterPid);
}

function attachedHandle(port: number, pid: number, password: string): EmbeddedNeo4j {
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    password,
    pid,
    owned: false,
    stop: () => Promise.resolve(),
    onUnexpectedExit: () => undefined,
  };
}

const ownedChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Whatever way this process ends, its JVM goes too (stdin EOF covers SIGKILL of this process). */
function trackOwnedChild(child: ChildProcess): void {
  ownedChildren.add(child);
  child.once('exit', () => ownedChildren.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const owned of ownedChildren) owned.kill('SIGTERM');
  });
}

async function stopJvm(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  child.stdin?.end();
  const deadline = Date.now() + 30_000;
  while (!hasExited() && Date.now() < deadline) await sleep(100);
  if (!hasExited()) {
    child.kill('SIGKILL');
    while (!hasExited()) await sleep(50);
  }
}

function claimLock(dataDir: string, detached: boolean): boolean {
  const lock: LockFile = { state: 'starting', starterPid: process.pid, detached, startedAt: new Date().toISOString() };
  try {
    writeFileSync(lockPath(dataDir), JSON.stringify(lock), { flag: 'wx', mode: OWNER_ONLY });
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  }
}

function readLock(dataDir: string): LockFile | null {
  try {
    return JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as LockFile;
  } catch {
    return null;
  }
}

function writeLock(dataDir: string, lock: LockFile): void {
  writeFileSync(lockPath(dataDir), JSON.stringify(lock, null, 2), { mode: OWNER_ONLY });
}

function removeLock(dataDir: string): void {
  try {
    unlinkSync(lockPath(dataDir));
  } catch {
    // already gone
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not pick a free port'));
      });
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
