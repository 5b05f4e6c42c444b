import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPrerequisites, EmbeddedNeo4jUnavailableError } from '../../server/graph/embedded/prerequisites.js';

describe('embedded Neo4j prerequisites', () => {
  const originalPath = process.env.PATH;
  const originalToolOptions = process.env.JAVA_TOOL_OPTIONS;
  afterEach(() => {
    process.env.PATH = originalPath;
    if (originalToolOptions === undefined) delete process.env.JAVA_TOOL_OPTIONS;
    else process.env.JAVA_TOOL_OPTIONS = originalToolOptions;
  });

  it("accepts the machine's Java when JAVA_TOOL_OPTIONS makes it print a line before its version", () => {
    process.env.JAVA_TOOL_OPTIONS = '-Dattest.test=1';
    expect(() => checkPrerequisites()).not.toThrow();
  });

  it('says in one line what is missing and how to fix it when java is not on PATH', () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), 'attest-empty-path-'));
    let error: unknown;
    try {
      checkPrerequisites();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EmbeddedNeo4jUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain('`java` was not found');
    expect(message).toContain('install Java 17+ and Maven, or set NEO4J_URI');
    expect(message.split('\n')).toHaveLength(1);
  });
});
