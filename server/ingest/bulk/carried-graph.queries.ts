/**
 * The graph the records-free replay left (bulk-load.ts), read back property by property with each
 * value's stored type; temporal values and integers as text, which the importer parses back.
 */
const TYPED = (v: string) => `[key IN keys(${v}) | {
    property: key,
    type: valueType(${v}[key]),
    value: CASE WHEN valueType(${v}[key]) IN ['ZONED DATETIME NOT NULL', 'DATE NOT NULL', 'INTEGER NOT NULL'] THEN toString(${v}[key]) ELSE ${v}[key] END
  }]`;

export const CARRIED_NODES = `
MATCH (n)
RETURN elementId(n) AS element, labels(n) AS labels, ${TYPED('n')} AS properties`;

export const CARRIED_RELATIONSHIPS = `
MATCH (a)-[r]->(b)
RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, ${TYPED('r')} AS properties`;

/** Marks a carried node whose empty lists are set once the database runs. */
export const PATCH_KEY = 'bulkLoadPatch';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Gives the carried nodes of `label` that had empty lists (the importer cannot store one) their lists, and drops their patch key. */
export function patchEmptyLists(label: string): string {
  if (!NAME.test(label)) throw new Error(`not a label: ${label}`);
  return `
UNWIND $patches AS patch
MATCH (n:${label} {${PATCH_KEY}: patch.key})
SET n += patch.lists
REMOVE n.${PATCH_KEY}`;
}
