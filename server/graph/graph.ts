import neo4j, { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { toPlain, type Plain } from './values.js';
import { asMemoryLimitError, isMemoryLimitError } from './memory-limit.js';

export type Params = Record<string, unknown>;
export type Row = { [key: string]: Plain };
export type TransactionObserver = (purpose: string, ms: number) => void;

/**
 * The one place that opens Neo4j sessions. Every query runs in a managed transaction through
 * executeRead / executeWrite, which retry transient errors and route reads to followers in a cluster.
 */
export class Graph {
  /** Shared with the views withReadTimeout makes, so swapping the driver or losing the server moves them too. */
  private link: {
    driver: Driver;
    connectionLost: ((error: Neo4jError) => void) | null;
    transactionEnded: TransactionObserver | null;
  };
  /** Neo4j ends a read transaction running longer than this (TransactionTimedOut); none when undefined. */
  private readTimeoutMs: number | undefined;

  constructor(
    driver: Driver,
    readonly database: string | undefined,
  ) {
    this.link = { driver, connectionLost: null, transactionEnded: null };
  }

  /** Told the purpose and duration of every transaction, committed or failed (benchmarks print where time goes). */
  observeTransactions(observer: TransactionObserver | null): void {
    this.link.transactionEnded = observer;
  }

  /** Told when a query fails because the server cannot be reached (after the driver's own retries). */
  onConnectionLost(listener: (error: Neo4jError) => void): void {
    this.link.connectionLost = listener;
  }

  /** Points the graph at another server (the embedded one was restarted); returns the old driver to close. */
  swapDriver(next: Driver): Driver {
    const previous = this.link.driver;
    this.link.driver = next;
    return previous;
  }

  /** The same database, with every read transaction ended by Neo4j after `timeoutMs` (for reads a client can ask for). */
  withReadTimeout(timeoutMs: number): Graph {
    const view = new Graph(this.link.driver, this.database);
    view.link = this.link;
    view.readTimeoutMs = timeoutMs;
    return view;
  }

  /** The same database without a read timeout, for work the server carries on after answering a client (a sync it started). */
  withoutReadTimeout(): Graph {
    const view = new Graph(this.link.driver, this.database);
    view.link = this.link;
    return view;
  }

  async executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose = 'read'): Promise<T> {
    const session = this.link.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    try {
      return await session.executeRead(failingFastOnMemoryLimit(work, purpose), {
        metadata: { app: 'attest', purpose },
        timeout: this.readTimeoutMs,
      });
    } catch (error) {
      this.reportConnectionLoss(error);
      throw error;
    } finally {
      await session.close();
      this.link.transactionEnded?.(purpose, performance.now() - started);
    }
  }

  /** Runs `work` in a write transaction (retried on transient errors), then what it registered with afterCommit. */
  async executeWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose = 'write'): Promise<T> {
    const session = this.link.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    let committed: (() => void)[] = [];
    const started = performance.now();
    try {
      const result = await session.executeWrite(
        (tx) => {
          // A retried attempt starts over: only the attempt that commits leaves its callbacks.
          committed = [];
          onCommit.set(tx, committed);
          return failingFastOnMemoryLimit(work, purpose)(tx);
        },
        { metadata: { app: 'attest', purpose } },
      );
      for (const callback of committed) callback();
      return result;
    } catch (error) {
      this.reportConnectionLoss(error);
      throw error;
    } finally {
      await session.close();
      this.link.transactionEnded?.(purpose, performance.now() - started);
    }
  }

  /**
   * Runs one statement that commits in batches of its own (`CALL { … } IN TRANSACTIONS`), which
   * Neo4j allows only outside a managed transaction. For bulk work whose intermediate states are fine
   * to see (derived relationships, staged records); returns the rows.
   *
   * The driver never retries such an auto-commit statement, so this does: up to
   * BATCHED_WRITE_ATTEMPTS times, after 1 s, 2 s, 4 s (±20%), when the driver classes the error as
   * retryable (deadlock, leader switch in a cluster, lost connection). A failed attempt may have
   * committed some of its batches, so the statement MUST be idempotent: MERGE, or work that skips
   * what is already done. A transaction over Neo4j's memory limit is not retried (the same batch
   * would fail again); it is the caller's batch size that must shrink.
   */
  async writeInTransactions(cypher: string, params: Params = {}, purpose = 'batched-write'): Promise<Row[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runAutoCommit(cypher, params, purpose);
      } catch (error) {
        if (attempt >= BATCHED_WRITE_ATTEMPTS || !worthRetrying(error)) {
          this.reportConnectionLoss(error);
          throw asMemoryLimitError(error, purpose);
        }
        await sleep(retryDelayMs(attempt));
      }
    }
  }

  /** Runs one read query and returns its rows as plain objects. */
  async read(cypher: string, params: Params = {}, purpose?: string): Promise<Row[]> {
    return this.executeRead(async (tx) => rowsOf(await tx.run(cypher, params)), purpose);
  }

  /** Runs one write query in its own transaction and returns its rows as plain objects. */
  async write(cypher: string, params: Params = {}, purpose?: string): Promise<Row[]> {
    return this.executeWrite(async (tx) => rowsOf(await tx.run(cypher, params)), purpose);
  }

  async verify(): Promise<void> {
    await this.link.driver.verifyConnectivity({ database: this.database });
  }

  async close(): Promise<void> {
    await this.link.driver.close();
  }

  private async runAutoCommit(cypher: string, params: Params, purpose: string): Promise<Row[]> {
    const session = this.link.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const started = performance.now();
    try {
      const result = await session.run({ text: cypher, parameters: params }, { metadata: { app: 'attest', purpose } });
      return rowsOf(result);
    } finally {
      await session.close();
      this.link.transactionEnded?.(purpose, performance.now() - started);
    }
  }

  private reportConnectionLoss(error: unknown): void {
    if (error instanceof Neo4jError && CONNECTION_LOST_CODES.has(error.code)) this.link.connectionLost?.(error);
  }
}

const onCommit = new WeakMap<ManagedTransaction, (() => void)[]>();

/**
 * Runs `callback` once the transaction has committed, for work outside the database that must only
 * follow a committed change (a rolled-back or retried attempt never runs it). Needs a transaction
 * from Graph.executeWrite.
 */
export function afterCommit(tx: ManagedTransaction, callback: () => void): void {
  const callbacks = onCommit.get(tx);
  if (!callbacks) throw new Error('afterCommit needs a transaction opened by Graph.executeWrite');
  callbacks.push(callback);
}

/** How many times writeInTransactions runs a statement that keeps failing with retryable errors. */
const BATCHED_WRITE_ATTEMPTS = 4;

function worthRetrying(error: unknown): boolean {
  return isRetryableError(error) && !isMemoryLimitError(error);
}

/** The work, with the memory-limit error raised as a TransactionMemoryError, which the driver does not retry. */
function failingFastOnMemoryLimit<T>(work: (tx: ManagedTransaction) => Promise<T>, purpose: string) {
  return async (tx: ManagedTransaction): Promise<T> => {
    try {
      return await work(tx);
    } catch (error) {
      throw asMemoryLimitError(error, purpose);
    }
  };
}

/** The driver's own schedule for managed transactions: 1 s doubling, with 20% jitter. */
function retryDelayMs(attempt: number): number {
  return 1000 * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Driver error codes that mean the server could not be reached, not that the query was wrong. */
const CONNECTION_LOST_CODES: ReadonlySet<string> = new Set([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

export function rowsOf(result: { records: { toObject(): RecordShape }[] }): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const [key, value] of Object.entries(record.toObject())) row[key] = toPlain(value);
    return row;
  });
}
