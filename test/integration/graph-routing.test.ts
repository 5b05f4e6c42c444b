import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectGraph, type GraphConnection } from '../../server/graph/connect.js';
import { testDatabase } from '../support/graph.js';

/**
 * The routing driver (neo4j://, as for a cluster or Aura) against the embedded Neo4j: it asks the
 * server for its routing table and sends reads and writes to the addresses listed there.
 */
describe('Graph over a neo4j:// routing connection', () => {
  let connection: GraphConnection;

  beforeAll(async () => {
    const { uri, password } = testDatabase();
    const routingUri = uri.replace(/^bolt:\/\//, 'neo4j://');
    expect(routingUri).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    connection = await connectGraph({ uri: routingUri, password });
    await connection.graph.write('MATCH (n:RoutingProbe) DETACH DELETE n');
  });

  afterAll(async () => {
    await connection.graph.write('MATCH (n:RoutingProbe) DETACH DELETE n');
    await connection.close();
  });

  it('writes through executeWrite and reads it back through executeRead', async () => {
    const written = await connection.graph.executeWrite(async (tx) => {
      const result = await tx.run(`CREATE (n:RoutingProbe {id: 'first'}) RETURN n.id AS id`);
      return result.records.map((record) => record.get('id') as string);
    });
    expect(written).toEqual(['first']);

    const read = await connection.graph.executeRead(async (tx) => {
      const result = await tx.run('MATCH (n:RoutingProbe) RETURN n.id AS id');
      return result.records.map((record) => record.get('id') as string);
    });
    expect(read).toEqual(['first']);
  });

  it('runs a CALL … IN TRANSACTIONS statement through writeInTransactions', async () => {
    const rows = await connection.graph.writeInTransactions(
      `UNWIND range(1, 25) AS i
       CALL (i) { MERGE (:RoutingProbe {id: 'batch-' + i}) } IN TRANSACTIONS OF 10 ROWS
       RETURN count(*) AS merged`,
    );
    expect(rows).toEqual([{ merged: 25 }]);
    expect(await connection.graph.read(`MATCH (n:RoutingProbe) WHERE n.id STARTS WITH 'batch-' RETURN count(n) AS n`)).toEqual([{ n: 25 }]);
  });

  it('sends reads in READ access mode, which a follower can serve and which refuses writes', async () => {
    await expect(connection.graph.read(`CREATE (:RoutingProbe {id: 'sneaked-in'})`)).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.AccessMode',
    });
    expect(await connection.graph.read(`MATCH (n:RoutingProbe {id: 'sneaked-in'}) RETURN n.id AS id`)).toEqual([]);
  });
});
