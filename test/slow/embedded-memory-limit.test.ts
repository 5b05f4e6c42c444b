import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskUnexpectedError } from '../../server/api/hardening.js';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import { EMBEDDED_NEO4J_USER, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../server/graph/embedded/launcher.js';
import { MEMORY_LIMIT_CODE, TransactionMemoryError } from '../../server/graph/memory-limit.js';

/**
 * Its own embedded Neo4j with the smallest heap Attest accepts (512m: transactions 358m in all and
 * 332m each), so the limits are reached in seconds. Starting the JVM takes most of the time.
 */
describe('embedded Neo4j transaction memory limits', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-memory-'));
  let neo4jInstance: EmbeddedNeo4j;
  let connection: GraphConnection;
  let driver: Driver;

  beforeAll(async () => {
    const previous = process.env.ATTEST_NEO4J_HEAP;
    process.env.ATTEST_NEO4J_HEAP = '512m';
    try {
      neo4jInstance = await startEmbeddedNeo4j({ dataDir, startTimeoutMs: 300_000 });
    } finally {
      if (previous === undefined) delete process.env.ATTEST_NEO4J_HEAP;
      else process.env.ATTEST_NEO4J_HEAP = previous;
    }
    connection = await connectGraph({ uri: neo4jInstance.uri, password: neo4jInstance.password });
    driver = neo4j.driver(neo4jInstance.uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, neo4jInstance.password));
  }, 300_000);

  afterAll(async () => {
    await driver?.close();
    await connection?.close();
    await neo4jInstance?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('starts with the limits derived from the heap, and keeps at most 1 GB of transaction logs', async () => {
    const { records } = await driver.executeQuery(
      `SHOW SETTINGS YIELD name, value
       WHERE name IN ['dbms.memory.transaction.total.max', 'db.memory.transaction.max', 'db.tx_log.rotation.retention_policy']
       RETURN name, value ORDER BY name`,
    );
    expect(records.map((record) => record.toObject())).toEqual([
      { name: 'db.memory.transaction.max', value: '332.00MiB' },
      { name: 'db.tx_log.rotation.retention_policy', value: '1G size' },
      { name: 'dbms.memory.transaction.total.max', value: '358.00MiB' },
    ]);
  });

  const TOO_BIG = 'UNWIND range(1, 100000000) AS i WITH collect(toString(i)) AS texts RETURN size(texts) AS n';

  it('fails one transaction over its limit with an error that says what to do, and the database carries on', async () => {
    const error = await connection.graph.writeInTransactions(TOO_BIG, {}, 'the big step').catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(TransactionMemoryError);
    expect(error).toMatchObject({ code: MEMORY_LIMIT_CODE });
    expect(String(error)).toContain('The database refused "the big step"');
    expect(String(error)).toContain('ATTEST_NEO4J_HEAP');
    expect((error as Error).cause).toBeInstanceOf(Neo4jError);
    expect(String((error as Error).cause)).toContain('db.memory.transaction.max threshold reached');

    expect(await connection.graph.read('RETURN 42 AS answer')).toEqual([{ answer: 42 }]);
  });

  it('does not retry a managed read or write over its limit (the driver would for 30 s): it fails on the first attempt', async () => {
    let attempts = 0;
    const overLimit = async (tx: ManagedTransaction) => {
      attempts++;
      return tx.run(TOO_BIG);
    };
    const write = await connection.graph.executeWrite(overLimit, 'a big write').catch((failure: unknown) => failure);
    expect(write).toBeInstanceOf(TransactionMemoryError);
    expect(String(write)).toContain('The database refused "a big write"');
    expect(attempts).toBe(1);

    attempts = 0;
    const read = await connection.graph.executeRead(overLimit, 'a big read').catch((failure: unknown) => failure);
    expect(read).toBeInstanceOf(TransactionMemoryError);
    expect(attempts).toBe(1);

    const formatted = maskUnexpectedError({ message: String(read), path: ['people'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, read);
    expect(formatted).toEqual({ message: formatted.message, path: ['people'], extensions: { code: 'DATABASE_MEMORY' } });
    expect(formatted.message).not.toMatch(/threshold|Neo\.|db\.memory/);
  });

  it('fails the transaction that takes the total of all transactions over its limit', async () => {
    const sessions = [driver.session(), driver.session()];
    const transactions = await Promise.all(sessions.map((session) => session.beginTransaction()));
    const create40k = `UNWIND range(1, 40000) AS i CREATE (:Filler {text: '${'x'.repeat(80)}' + i})`;
    try {
      // Each transaction stays under 332m; together they pass 358m within a few rounds.
      const failure = await (async () => {
        for (let round = 0; round < 10; round++) {
          for (const tx of transactions) {
            const result = await tx.run(create40k).catch((error: unknown) => error);
            if (result instanceof Error) return result;
          }
        }
        return null;
      })();
      expect(failure).toMatchObject({ code: MEMORY_LIMIT_CODE });
      expect(String(failure)).toContain('dbms.memory.transaction.total.max threshold reached');
    } finally {
      for (const tx of transactions) if (tx.isOpen()) await tx.rollback();
      for (const session of sessions) await session.close();
    }
  });
});
