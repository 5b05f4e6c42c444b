import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import type { BulkImportOptions } from '../../graph/embedded/bulk-import.js';
import { csvCell, headerCell } from '../write/admin-import-cell.js';
import type { PropertyType, PropertyValue } from '../write/fields.queries.js';

/** A node's or relationship's property as a CSV cell takes it. */
export interface BulkProperty {
  property: string;
  type: PropertyType;
  value: PropertyValue;
}

/** Where a node is found by the relationships that name it: an id space of the importer and the node's key in it. */
export interface NodeKey {
  space: string;
  key: string;
}

interface NodeFile {
  stream: WriteStream;
  path: string;
  labels: string[];
  storesKey: boolean;
  columns: readonly { property: string; type: PropertyType }[];
}

interface RelationshipFile {
  stream: WriteStream;
  path: string;
  type: string;
  columns: readonly { property: string; type: PropertyType }[];
}

/**
 * The CSV files of one bulk load, written as rows come (a stream per file, waiting when the disk
 * lags): one node file per group of nodes with the same labels and columns, and one relationship
 * file per type and pair of id spaces. `storesKey`: the node's key is also its `id` property.
 */
export class BulkFiles {
  private readonly nodeFiles = new Map<string, NodeFile>();
  private readonly relationshipFiles = new Map<string, RelationshipFile>();
  private nextFile = 0;
  nodes = 0;
  relationships = 0;

  constructor(private readonly dir: string) {}

  /** Declares a node group; `group` names it for `node`. */
  declareNodes(
    group: string,
    labels: string[],
    space: string,
    storesKey: boolean,
    columns: readonly { property: string; type: PropertyType }[],
  ): void {
    if (this.nodeFiles.has(group)) throw new Error(`node group ${group} declared twice`);
    const path = this.newPath();
    const stream = createWriteStream(path);
    const id = storesKey ? `id:ID(${space})` : `:ID(${space})`;
    stream.write(`${[id, ...columns.map((c) => headerCell(c.property, c.type))].join(',')}\n`);
    this.nodeFiles.set(group, { stream, path, labels, storesKey, columns });
  }

  async node(group: string, key: string, properties: readonly BulkProperty[]): Promise<void> {
    const file = this.nodeFiles.get(group);
    if (file === undefined) throw new Error(`node group ${group} was not declared`);
    await write(file.stream, nodeRow(file, key, properties));
    this.nodes++;
  }

  async relationship(type: string, from: NodeKey, to: NodeKey, properties: readonly BulkProperty[] = []): Promise<void> {
    const columns = properties.map(({ property, type: valueType }) => ({ property, type: valueType }));
    const name = `${type}|${from.space}|${to.space}|${columns.map((c) => headerCell(c.property, c.type)).join(',')}`;
    let file = this.relationshipFiles.get(name);
    if (file === undefined) {
      const path = this.newPath();
      const stream = createWriteStream(path);
      const header = [`:START_ID(${from.space})`, `:END_ID(${to.space})`, ...columns.map((c) => headerCell(c.property, c.type))];
      stream.write(`${header.join(',')}\n`);
      file = { stream, path, type, columns };
      this.relationshipFiles.set(name, file);
    }
    const cells = [csvCell('string', from.key), csvCell('string', to.key), ...properties.map((p) => csvCell(p.type, p.value))];
    await write(file.stream, `${cells.join(',')}\n`);
    this.relationships++;
  }

  /** Ends every file; what `bulkImport` is given. */
  async close(): Promise<Pick<BulkImportOptions, 'nodes' | 'relationships'>> {
    const all = [...this.nodeFiles.values(), ...this.relationshipFiles.values()];
    await Promise.all(all.map((file) => new Promise<void>((done, fail) => file.stream.end(done).on('error', fail))));
    return {
      nodes: [...this.nodeFiles.values()].map((file) => ({ labels: file.labels, files: [file.path] })),
      relationships: [...this.relationshipFiles.values()].map((file) => ({ type: file.type, files: [file.path] })),
    };
  }

  private newPath(): string {
    return join(this.dir, `part-${String(this.nextFile++).padStart(3, '0')}.csv`);
  }
}

function nodeRow(file: NodeFile, key: string, properties: readonly BulkProperty[]): string {
  const what = `a ${file.labels.join(':')} node`;
  const byName = new Map(properties.map((p) => [p.property, p]));
  if (file.storesKey) {
    if (byName.get('id')?.value !== key) throw new Error(`${what}: its id is not its key ${key}`);
    byName.delete('id');
  }
  const cells = [csvCell('string', key)];
  for (const column of file.columns) {
    const property = byName.get(column.property);
    byName.delete(column.property);
    if (property === undefined) cells.push('');
    else if (property.type !== column.type)
      throw new Error(`${what}: ${column.property} is a ${property.type}, its column a ${column.type}`);
    else cells.push(csvCell(property.type, property.value));
  }
  if (byName.size) throw new Error(`${what} has properties its file has no column for: ${[...byName.keys()].join(', ')}`);
  return `${cells.join(',')}\n`;
}

async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}
