import type { FieldRow } from './fields.queries.js';
import type { WrittenLabel } from './written-label.js';

/** A relationship the import creates from a new node (none has properties). */
export interface FirstWriteRelationship {
  type: 'IN' | 'HAS_ROLE' | 'USES_SEAT' | 'OF';
  target: 'App' | 'Role' | 'SeatType';
  targetId: string;
}

/**
 * The relationships from a new node of `label` once the import that creates it from `row` is
 * published (records.queries.ts STAGE_ACCOUNTS, STAGE_INTEGRATIONS, STAGE_ROLES, STAGE_SEAT_TYPES):
 * an account IN its app, HAS_ROLE each role and USES_SEAT its seat type, if any; an integration IN
 * its app; a role or seat type OF its app. The Cypher path skips one whose target does not exist,
 * which cannot happen in a first load: prepareBatch makes the apps, roles and seat types its rows name.
 * People, identities, groups and IdP assignments name other records by raw values only.
 */
export function firstWriteRelationships(label: WrittenLabel, row: FieldRow): FirstWriteRelationship[] {
  switch (label) {
    case 'Account': {
      const seat =
        row.seatTypeId === null || row.seatTypeId === undefined
          ? []
          : [{ type: 'USES_SEAT', target: 'SeatType', targetId: text(row, 'seatTypeId') } as const];
      return [
        inApp('IN', row),
        ...texts(row, 'roleIds').map((id) => ({ type: 'HAS_ROLE', target: 'Role', targetId: id }) as const),
        ...seat,
      ];
    }
    case 'Integration':
      return [inApp('IN', row)];
    case 'Role':
    case 'SeatType':
      return [inApp('OF', row)];
    default:
      return [];
  }
}

function inApp(type: 'IN' | 'OF', row: FieldRow): FirstWriteRelationship {
  return { type, target: 'App', targetId: text(row, 'appId') };
}

function text(row: FieldRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`row ${String(row.id)}: ${column} is ${JSON.stringify(value)}, not an id`);
  return value;
}

function texts(row: FieldRow, column: string): string[] {
  const value = row[column];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`row ${String(row.id)}: ${column} is ${JSON.stringify(value)}, not a list of ids`);
  }
  return value;
}
