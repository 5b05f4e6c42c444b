import { describe, expect, it } from 'vitest';
import { createDriver } from '../../server/graph/connect.js';

describe('NEO4J_URI schemes', () => {
  it.each([
    'bolt://localhost:7687',
    'bolt+s://db.example.com:7687',
    'neo4j://localhost:7687',
    'neo4j+s://xxxx.databases.neo4j.io',
    'neo4j+ssc://cluster.example.com',
  ])('accepts %s (a single server, a cluster or Aura; encryption from the scheme)', async (uri) => {
    const driver = createDriver(uri, 'neo4j', 'secret');
    await driver.close();
  });

  it('refuses the HTTP address people copy from the browser', () => {
    expect(() => createDriver('http://localhost:7474', 'neo4j', 'secret')).toThrow(/scheme/i);
  });
});
