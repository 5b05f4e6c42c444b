import { spawnSync } from 'node:child_process';

export const MISSING_JAVA_FIX = 'install Java 17+ and Maven, or set NEO4J_URI to use your own Neo4j';

export class EmbeddedNeo4jUnavailableError extends Error {
  override name = 'EmbeddedNeo4jUnavailableError';
}

const VERSION = /version "(\d+)(?:\.(\d+))?/;

/** Java 17+ and Maven must be on PATH to run the embedded Neo4j; fail in one clear line otherwise. */
export function checkPrerequisites(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new EmbeddedNeo4jUnavailableError(`Embedded Neo4j needs Java, and \`java\` was not found: ${MISSING_JAVA_FIX}.`);
  }
  // A JVM prints "Picked up JAVA_TOOL_OPTIONS: …" before its version when that variable is set.
  const lines = `${java.stderr}${java.stdout}`.split('\n');
  const versionLine = lines.find((line) => VERSION.test(line)) ?? lines[0] ?? '';
  const match = VERSION.exec(versionLine);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new EmbeddedNeo4jUnavailableError(`Embedded Neo4j needs Java 17 or newer, found "${versionLine.trim()}": ${MISSING_JAVA_FIX}.`);
  }
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new EmbeddedNeo4jUnavailableError(`Embedded Neo4j needs Maven, and \`mvn\` was not found: ${MISSING_JAVA_FIX}.`);
  }
}
