import { totalmem } from 'node:os';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/**
 * Defaults, as shares of the machine's memory with bounds:
 * - heap 25%, 1g to 4g: Attest's transactions are bounded batches, so past 4g a larger heap only
 *   lengthens G1 pauses; below 1g Neo4j's own caches crowd out the import batches.
 * - page cache 25%, 512m to 8g: the store's pages live off-heap here; about 0.5 GB per 10,000
 *   people (README "Sizing"), so 6g on a 24 GiB machine holds a 100,000-person store whole, and
 *   512m keeps small machines usable.
 * Both together stay at half the machine (plus the JVM's own overhead), leaving the rest to the
 * Node server, the OS file cache and the user's other programs.
 */
const HEAP = { share: 0.25, min: 1 * GIB, max: 4 * GIB };
const PAGE_CACHE = { share: 0.25, min: 512 * MIB, max: 8 * GIB };
/** Explicit overrides below these are refused: Neo4j does not run Attest's work in less. */
const LEAST_HEAP = 512 * MIB;
const LEAST_PAGE_CACHE = 64 * MIB;
/**
 * Transaction memory as shares of the heap (dbms.memory.transaction.total.max and
 * db.memory.transaction.max): all transactions together keep 30% of the heap free for Neo4j's own
 * caches and Bolt buffers, so a runaway statement fails with a memory-limit error instead of the JVM
 * running out of memory. One transaction may take nearly all of that: an import publishes its new
 * records in one transaction, at about 4 KB each (measured: the label and its index entries), so
 * 65% of a 4g heap publishes some 600,000 new records at once; 5% stays for reads meanwhile.
 */
const TRANSACTIONS_TOTAL_SHARE = 0.7;
const ONE_TRANSACTION_SHARE = 0.65;

export const HEAP_VARIABLE = 'ATTEST_NEO4J_HEAP';
export const PAGE_CACHE_VARIABLE = 'ATTEST_NEO4J_PAGECACHE';

export interface MemorySettings {
  [HEAP_VARIABLE]?: string | undefined;
  [PAGE_CACHE_VARIABLE]?: string | undefined;
}

export interface EmbeddedMemory {
  /** The memory the sizing was derived from (RAM, or the container's limit). */
  machineBytes: number;
  heapBytes: number;
  pageCacheBytes: number;
  /** dbms.memory.transaction.total.max: all transactions together. */
  transactionsTotalBytes: number;
  /** db.memory.transaction.max: any one transaction. */
  transactionBytes: number;
  /** Which of the two came from the environment rather than from the machine's memory. */
  overridden: { heap: boolean; pageCache: boolean };
}

export class InvalidMemorySettingError extends Error {
  override name = 'InvalidMemorySettingError';
}

/** Sizes the embedded Neo4j from the machine's memory, unless ATTEST_NEO4J_HEAP / ATTEST_NEO4J_PAGECACHE say otherwise. */
export function embeddedMemory(machineBytes: number, settings: MemorySettings = {}): EmbeddedMemory {
  const heapSetting = settings[HEAP_VARIABLE]?.trim() || undefined;
  const pageCacheSetting = settings[PAGE_CACHE_VARIABLE]?.trim() || undefined;
  const heapBytes = heapSetting === undefined ? share(machineBytes, HEAP) : parseSetting(HEAP_VARIABLE, heapSetting, LEAST_HEAP);
  const pageCacheBytes =
    pageCacheSetting === undefined
      ? share(machineBytes, PAGE_CACHE)
      : parseSetting(PAGE_CACHE_VARIABLE, pageCacheSetting, LEAST_PAGE_CACHE);
  return {
    machineBytes,
    heapBytes,
    pageCacheBytes,
    transactionsTotalBytes: wholeMib(heapBytes * TRANSACTIONS_TOTAL_SHARE),
    transactionBytes: wholeMib(heapBytes * ONE_TRANSACTION_SHARE),
    overridden: { heap: heapSetting !== undefined, pageCache: pageCacheSetting !== undefined },
  };
}

/** The memory available to this process: RAM, or a lower cgroup (container) limit. */
export function machineMemory(): number {
  const ram = totalmem();
  const limit = process.constrainedMemory();
  return limit > 0 && limit < ram ? limit : ram;
}

/** A size as the JVM and Neo4j read it: `4g`, `1536m`, or bytes when it is not whole mebibytes. */
export function jvmSize(bytes: number): string {
  if (bytes % GIB === 0) return `${bytes / GIB}g`;
  if (bytes % MIB === 0) return `${bytes / MIB}m`;
  return String(bytes);
}

/** One line for the start message: what was chosen and why. */
export function describeMemory(memory: EmbeddedMemory): string {
  const origin = (fromEnv: boolean, variable: string): string => (fromEnv ? ` (${variable})` : '');
  const ram = `${(memory.machineBytes / GIB).toFixed(1)} GiB`;
  return (
    `heap ${jvmSize(memory.heapBytes)}${origin(memory.overridden.heap, HEAP_VARIABLE)}, ` +
    `page cache ${jvmSize(memory.pageCacheBytes)}${origin(memory.overridden.pageCache, PAGE_CACHE_VARIABLE)}, ` +
    `transactions ${jvmSize(memory.transactionsTotalBytes)} in all and ${jvmSize(memory.transactionBytes)} each; ` +
    `machine memory ${ram}`
  );
}

function share(machineBytes: number, bounds: { share: number; min: number; max: number }): number {
  return Math.min(bounds.max, Math.max(bounds.min, wholeMib(machineBytes * bounds.share)));
}

function wholeMib(bytes: number): number {
  return Math.floor(bytes / MIB) * MIB;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: MIB, g: GIB, t: 1024 * GIB };

/** JVM size syntax (what -Xmx takes): whole number with an optional k, m, g or t. */
function parseSetting(variable: string, value: string, least: number): number {
  const match = /^(\d+)([kmgt]?)$/i.exec(value);
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) {
    throw new InvalidMemorySettingError(`${variable} must be a whole size like 2g or 1536m (k, m, g or t), not "${value}"`);
  }
  const bytes = wholeMib(Number(match[1]) * unit);
  if (bytes < least) {
    throw new InvalidMemorySettingError(`${variable} is ${value}; the embedded Neo4j needs at least ${jvmSize(least)}`);
  }
  return bytes;
}
