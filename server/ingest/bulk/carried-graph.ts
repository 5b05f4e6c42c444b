import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import type { Graph } from '../../graph/graph.js';
import { STORED_TYPE, type PropertyType, type PropertyValue } from '../write/fields.queries.js';
import type { BulkProperty, NodeKey } from './bulk-files.js';
import { CARRIED_NODES, CARRIED_RELATIONSHIPS } from './carried-graph.queries.js';

/**
 * A node of the records-free replay, to be written into the bulk load as it is. Apps, roles and
 * seat types are found by their id in their label's id space, as the records' relationships name
 * them; every other node by its element id in a space of its own.
 */
export interface CarriedNode {
  key: NodeKey;
  labels: string[];
  properties: BulkProperty[];
  /** Properties holding an empty list, which the importer cannot store: set after the database starts. */
  emptyLists: string[];
}

export interface CarriedRelationship {
  type: string;
  from: NodeKey;
  to: NodeKey;
  properties: BulkProperty[];
}

export interface CarriedGraph {
  nodes: CarriedNode[];
  relationships: CarriedRelationship[];
}

/** The labels whose nodes records point at, by id. */
export const KEYED_BY_ID: ReadonlySet<string> = new Set(['App', 'Role', 'SeatType']);
/** The id space of every other carried node. */
export const CARRIED_SPACE = 'Carried';
/** Neo4j's type of an empty list. */
const EMPTY_LIST = 'LIST<NOTHING> NOT NULL';

/** Each stored type the replay can leave, by the name Neo4j gives it. */
const CSV_TYPES: ReadonlyMap<string, PropertyType> = new Map(
  Object.entries(STORED_TYPE).map(([type, stored]) => [stored, type as PropertyType]),
);

const typedProperty = z.object({ property: z.string(), type: z.string(), value: z.unknown() });
const nodeRow = z.object({ element: z.string(), labels: z.array(z.string()), properties: z.array(typedProperty) });
const relationshipRow = z.object({ from: z.string(), type: z.string(), to: z.string(), properties: z.array(typedProperty) });

/** Everything in `graph`, as the bulk load's files take it; a value of a type the importer cannot write is refused. */
export async function readCarriedGraph(graph: Graph): Promise<CarriedGraph> {
  const keys = new Map<string, NodeKey>();
  const nodes: CarriedNode[] = [];
  for (const row of await readRows(graph, CARRIED_NODES, {}, nodeRow, 'bulk-load-carried-nodes')) {
    const id = row.properties.find((p) => p.property === 'id')?.value;
    const [label] = row.labels;
    const key =
      row.labels.length === 1 && label !== undefined && KEYED_BY_ID.has(label) && typeof id === 'string'
        ? { space: label, key: id }
        : { space: CARRIED_SPACE, key: row.element };
    keys.set(row.element, key);
    const emptyLists = row.properties.filter((p) => p.type === EMPTY_LIST).map((p) => p.property);
    const what = `a ${row.labels.join(':')} node`;
    const properties = row.properties.filter((p) => p.type !== EMPTY_LIST).map((p) => bulkProperty(p, what));
    nodes.push({ key, labels: row.labels, properties, emptyLists });
  }
  const relationships = (await readRows(graph, CARRIED_RELATIONSHIPS, {}, relationshipRow, 'bulk-load-carried-relationships')).map(
    (row) => ({
      type: row.type,
      from: known(keys, row.from),
      to: known(keys, row.to),
      properties: row.properties.map((p) => bulkProperty(p, `a ${row.type} relationship`)),
    }),
  );
  return { nodes, relationships };
}

function bulkProperty(property: z.infer<typeof typedProperty>, what: string): BulkProperty {
  const type = CSV_TYPES.get(property.type);
  if (type === undefined) throw new Error(`${what}: ${property.property} is a ${property.type}, which the bulk load cannot write`);
  return { property: property.property, type, value: property.value as PropertyValue };
}

function known(keys: ReadonlyMap<string, NodeKey>, element: string): NodeKey {
  const key = keys.get(element);
  if (key === undefined) throw new Error(`a relationship ends at node ${element}, which was not read`);
  return key;
}
