import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../config/repo-root.js';
import type { Graph } from './graph.js';
import { AWAIT_INDEXES } from './graph.queries.js';

/** Statements of every schema/*.cypher file, in file-name order; `//` comments dropped. */
export function schemaStatements(dir = join(repoRoot(), 'schema')): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((statement) => statement.trim())
        .filter(Boolean),
    );
}

/** Creates constraints and indexes that are missing (every statement is IF NOT EXISTS), then waits for them. */
export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of schemaStatements()) {
    await graph.executeWrite((tx) => tx.run(statement), 'schema');
  }
  await graph.executeRead((tx) => tx.run(AWAIT_INDEXES), 'schema');
}
