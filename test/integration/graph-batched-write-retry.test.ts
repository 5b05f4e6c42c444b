import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../server/graph/connect.js';
import { EMBEDDED_NEO4J_USER } from '../../server/graph/embedded/launcher.js';
import { freshGraph, testDatabase } from '../support/graph.js';

const FILLERS = 50;

/** One batch that locks `a`, then `b`: idempotent, so running it again after a failure is safe. */
const TOUCH_A_THEN_B = `
  UNWIND [1] AS one
  CALL {
    MATCH (a:RetryProbe {id: 'a'}) SET a.touchedByBatch = true
    WITH a
    MATCH (b:RetryProbe {id: 'b'}) SET b.touchedByBatch = true
  } IN TRANSACTIONS OF 1 ROWS
  RETURN 'retry-probe' AS probe`;

describe('Graph.writeInTransactions', () => {
  let connection: GraphConnection;
  let driver: Driver;

  beforeAll(async () => {
    connection = await freshGraph();
    const { uri, password } = testDatabase();
    driver = neo4j.driver(uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, password));
    await driver.executeQuery(`UNWIND ['a', 'b'] + [i IN range(1, $fillers) | 'filler-' + i] AS id CREATE (:RetryProbe {id: id})`, {
      fillers: neo4j.int(FILLERS),
    });
  });

  afterAll(async () => {
    await driver.close();
    await connection.close();
  });

  it('runs a batched statement to the end when Neo4j aborts it for a deadlock, instead of failing the import', async () => {
    // Another writer holds b and many other nodes, then asks for a while the batch holds a and waits
    // for b. Neo4j breaks the deadlock by aborting the transaction holding fewer locks: the batch's.
    const session = driver.session();
    const other = await session.beginTransaction();
    try {
      await other.run(`MATCH (n:RetryProbe) WHERE n.id <> 'a' SET n.lockedByOther = true`);
      const batched = connection.graph.writeInTransactions(TOUCH_A_THEN_B, {}, 'retry-probe');
      await waitUntilBlocked(driver);
      await other.run(`MATCH (a:RetryProbe {id: 'a'}) SET a.lockedByOther = true`);
      await other.commit();

      expect(await batched).toEqual([{ probe: 'retry-probe' }]);
    } finally {
      if (other.isOpen()) await other.rollback();
      await session.close();
    }
    const touched = await driver.executeQuery(
      `MATCH (n:RetryProbe) WHERE n.id IN ['a', 'b'] RETURN n.id AS id, n.touchedByBatch AS batch, n.lockedByOther AS other ORDER BY id`,
    );
    expect(touched.records.map((record) => record.toObject())).toEqual([
      { id: 'a', batch: true, other: true },
      { id: 'b', batch: true, other: true },
    ]);
  });

  it('does not retry a statement Neo4j refuses outright', async () => {
    const divideByZero = 'MATCH (n:RetryProbe) SET n.x = 1 / 0';
    // Planned once already, so the timing below is the statement's, not the planner's.
    await expect(driver.executeQuery(divideByZero)).rejects.toThrow();
    const started = Date.now();
    await expect(connection.graph.writeInTransactions(divideByZero)).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ArithmeticError',
    });
    // A retry would wait at least 800 ms first.
    expect(Date.now() - started).toBeLessThan(800);
  });
});

/** Until some transaction waits for a lock (the batch waiting for b). */
async function waitUntilBlocked(driver: Driver): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(`SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN status`);
    if (records.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The batched statement never waited for the lock on b');
}
