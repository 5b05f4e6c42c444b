import { NEW_APP, NEW_ROLE, NEW_SEAT_TYPE } from './app-fields.queries.js';
import type { Field, FieldRow, ImportParams, PropertyType, PropertyValue } from './fields.queries.js';
import { RECORD_FIELDS } from './record-fields.queries.js';
import type { WrittenLabel } from './written-label.js';

/** One property of a node as the import leaves it, with the type a neo4j-admin CSV header gives it. */
export interface FirstWriteProperty {
  property: string;
  type: PropertyType;
  value: PropertyValue;
}

/** What staging writes to a new node of each label (records.queries.ts STAGE_*). */
const NEW_NODE_FIELDS: Record<WrittenLabel, readonly Field[]> = { ...RECORD_FIELDS, App: NEW_APP, Role: NEW_ROLE, SeatType: NEW_SEAT_TYPE };

/**
 * Every property a node of `label` has once the import that creates it from `row` is published,
 * as the Cypher path leaves it: `id` first (the node's key: the CSV's `id:ID(<label>)` column
 * stores it as a string), then each field whose first-write value is not null. Staging's own
 * properties (`staged`, `stagedTargetId`) are gone by then (staging.queries.ts publishStaged).
 *
 * `row` is the row the import writes: a record row of prepareBatch with its content hash set as
 * stage-records.ts sets it, an app row of prepareBatch, or a role or seat type row of
 * vocabularyRows (plan-apps.ts); `params` are the import's.
 */
export function firstWriteProperties(label: WrittenLabel, row: FieldRow, params: ImportParams): FirstWriteProperty[] {
  const id = row.id;
  if (typeof id !== 'string') throw new Error(`a ${label} row without an id: ${JSON.stringify(row)}`);
  const properties: FirstWriteProperty[] = [{ property: 'id', type: 'string', value: id }];
  for (const field of NEW_NODE_FIELDS[label]) {
    const value = field.firstWrite(row, params);
    if (value !== null) properties.push({ property: field.property, type: field.type, value });
  }
  return properties;
}
