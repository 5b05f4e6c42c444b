import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j, { type EagerResult, type Integer } from 'neo4j-driver';
import { lockPath, startEmbeddedNeo4j } from '../../server/graph/embedded/launcher.js';
import { checkPrerequisites } from '../../server/graph/embedded/prerequisites.js';
import { freshGraph } from '../support/graph.js';

describe('embedded Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds its prerequisites on this machine, where Java 17+ and Maven are installed', () => {
    expect(() => checkPrerequisites()).not.toThrow();
  });

  it('a second process for the same data directory reuses the running instance instead of failing on the store lock', async () => {
    const first = await startEmbeddedNeo4j({ dataDir });
    try {
      expect(first.owned).toBe(true);
      expect(existsSync(lockPath(dataDir))).toBe(true);
      const second = await startEmbeddedNeo4j({ dataDir });
      expect(second.owned).toBe(false);
      expect(second.uri).toBe(first.uri);
      const driver = neo4j.driver(second.uri);
      const result = await driver.executeQuery<EagerResult<{ answer: Integer }>>('RETURN 41 + 1 AS answer');
      expect(result.records[0]?.get('answer').toNumber()).toBe(42);
      await driver.close();
    } finally {
      await first.stop();
    }
    expect(existsSync(lockPath(dataDir))).toBe(false);
    expect(() => process.kill(first.pid, 0)).toThrow();
  });

  it('applies every constraint in schema/ so duplicate ids are refused', async () => {
    const connection = await freshGraph();
    const { graph } = connection;
    try {
      await graph.write('CREATE (:Person {id: $id})', { id: 'p-1' });
      await expect(graph.write('CREATE (:Person {id: $id})', { id: 'p-1' })).rejects.toThrow(/already exists/);
      const rows = await graph.read('SHOW CONSTRAINTS YIELD labelsOrTypes RETURN collect(labelsOrTypes[0]) AS labels');
      expect(rows[0]?.labels).toEqual(
        expect.arrayContaining(['Person', 'Identity', 'IdpGroup', 'App', 'Account', 'Role', 'SeatType', 'Integration', 'Campaign', 'ReviewItem', 'AuditEvent', 'SyncRun', 'Snapshot']),
      );
    } finally {
      await connection.close();
    }
  });
});
