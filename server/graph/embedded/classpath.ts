import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { EmbeddedNeo4jUnavailableError } from './prerequisites.js';

/**
 * Resolves the Neo4j jars with Maven (downloaded to ~/.m2 on the first run) and caches the
 * resulting classpath keyed by the pom's hash, so later starts skip Maven entirely.
 */
export async function resolveClasspath(pomDir: string, cacheDir: string): Promise<string> {
  const pom = readFileSync(join(pomDir, 'pom.xml'));
  const key = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cacheFile = join(cacheDir, `neo4j-classpath-${key}.txt`);
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached && cached.split(delimiter).every((jar) => existsSync(jar))) return cached;
  }
  mkdirSync(cacheDir, { recursive: true });
  const outFile = `${cacheFile}.tmp-${process.pid}`;
  const output = await runMaven(pomDir, ['-q', '-B', 'dependency:build-classpath', `-Dmdep.outputFile=${outFile}`]);
  if (!existsSync(outFile)) {
    throw new EmbeddedNeo4jUnavailableError(`Maven did not produce the Neo4j classpath:\n${output.slice(-2000)}`);
  }
  const classpath = readFileSync(outFile, 'utf8').trim();
  writeFileSync(cacheFile, classpath);
  return classpath;
}

function runMaven(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new EmbeddedNeo4jUnavailableError(`Could not run Maven to fetch Neo4j: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new EmbeddedNeo4jUnavailableError(`Maven failed (exit ${code}) resolving Neo4j:\n${output.slice(-2000)}`));
    });
  });
}
