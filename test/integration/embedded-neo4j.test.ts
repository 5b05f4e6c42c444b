import { mkdtempSync, existsSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j, { Neo4jError, type AuthToken } from 'neo4j-driver';
import { EMBEDDED_NEO4J_USER, lockPath, startEmbeddedNeo4j } from '../../server/graph/embedded/launcher.js';
import { passwordPath } from '../../server/graph/embedded/password-file.js';
import { checkPrerequisites } from '../../server/graph/embedded/prerequisites.js';
import { freshGraph } from '../support/graph.js';

/** The answer to RETURN 42 with these credentials, or the driver error code that refused them. */
async function answerWith(uri: string, auth: AuthToken | undefined): Promise<number | string> {
  const driver = neo4j.driver(uri, auth);
  try {
    const result = await driver.executeQuery('RETURN 41 + 1 AS answer');
    const answer: unknown = result.records[0]?.get('answer');
    return neo4j.isInt(answer) ? answer.toNumber() : `not an Integer: ${JSON.stringify(answer)}`;
  } catch (error) {
    return error instanceof Neo4jError ? error.code : String(error);
  } finally {
    await driver.close();
  }
}

const UNAUTHORIZED = 'Neo.ClientError.Security.Unauthorized';

describe('embedded Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds its prerequisites on this machine, where Java 17+ and Maven are installed', () => {
    expect(() => checkPrerequisites()).not.toThrow();
  });

  // One JVM start serves both: each start costs some 18 s of the suite.
  it('a second process for the same data directory reuses the running instance instead of failing on the store lock; a connection without the password from the data directory, whose file and the lock file only the owner can read, is refused', async () => {
    const first = await startEmbeddedNeo4j({ dataDir });
    try {
      expect(first.owned).toBe(true);
      expect(existsSync(lockPath(dataDir))).toBe(true);
      const password = readFileSync(passwordPath(dataDir), 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect(first.password).toBe(password);
      expect(statSync(passwordPath(dataDir)).mode & 0o777).toBe(0o600);
      expect(statSync(lockPath(dataDir)).mode & 0o777).toBe(0o600);
      expect(await answerWith(first.uri, undefined)).toBe(UNAUTHORIZED);
      // Neo4j's own default password, and no more wrong attempts: a third in a row locks the user for a few seconds.
      expect(await answerWith(first.uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, 'neo4j'))).toBe(UNAUTHORIZED);

      const second = await startEmbeddedNeo4j({ dataDir });
      expect(second.owned).toBe(false);
      expect(second.uri).toBe(first.uri);
      expect(second.password).toBe(first.password);
      expect(await answerWith(second.uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, second.password))).toBe(42);
    } finally {
      await first.stop();
    }
    expect(existsSync(lockPath(dataDir))).toBe(false);
    expect(() => process.kill(first.pid, 0)).toThrow();
  });

  it('rotates the password as the README says: delete the file, start again, and only the new password works', async () => {
    const old = readFileSync(passwordPath(dataDir), 'utf8').trim();
    unlinkSync(passwordPath(dataDir));
    const running = await startEmbeddedNeo4j({ dataDir });
    try {
      expect(running.password).not.toBe(old);
      expect(statSync(passwordPath(dataDir)).mode & 0o777).toBe(0o600);
      expect(await answerWith(running.uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, old))).toBe(UNAUTHORIZED);
      expect(await answerWith(running.uri, neo4j.auth.basic(EMBEDDED_NEO4J_USER, running.password))).toBe(42);
    } finally {
      await running.stop();
    }
  });

  it('applies every constraint in schema/ so duplicate ids are refused', async () => {
    const { graph, close } = await freshGraph();
    try {
      await graph.write('CREATE (:Person {id: $id})', { id: 'p-1' });
      await expect(graph.write('CREATE (:Person {id: $id})', { id: 'p-1' })).rejects.toThrow(/already exists/);
      const rows = await graph.read('SHOW CONSTRAINTS YIELD labelsOrTypes RETURN collect(labelsOrTypes[0]) AS labels');
      expect(rows[0]?.labels).toEqual(
        expect.arrayContaining([
          'Person',
          'Identity',
          'IdpGroup',
          'App',
          'Account',
          'Role',
          'SeatType',
          'Integration',
          'Campaign',
          'ReviewItem',
          'AuditEvent',
          'SyncRun',
          'Snapshot',
        ]),
      );
    } finally {
      await close();
    }
  });
});
