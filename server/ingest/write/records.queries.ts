import type { RecordLabel } from '../model.js';
import {
  APP_CREATE_FIELDS,
  APP_FIELDS,
  NEW_APP_FIELDS,
  NEW_ROLE_FIELDS,
  NEW_SEAT_FIELDS,
  ROLE_FIELDS,
  SEAT_CREATE_FIELDS,
  SEAT_FIELDS,
} from './apps.queries.js';
import { setFragment, type Field } from './fields.queries.js';
import { RECORD_FIELDS } from './record-fields.queries.js';
import { TARGET_LABELS, type WrittenLabel } from './written-label.js';
import { STAGED_LABEL } from './staging.queries.js';

/**
 * Writes of normalized import records. Every record's fields (record-fields.queries.ts) are set by
 * one fragment, used both by the upsert of a changed record (MERGE on an existing node, in the
 * publish transaction) and by the staging of a new one (CREATE under :StagedRecord, published later
 * by relabelling it).
 */

const PERSON_FIELDS = (p: string) => setFragment(RECORD_FIELDS.Person, p);
const IDENTITY_FIELDS = (i: string) => setFragment(RECORD_FIELDS.Identity, i);
const GROUP_FIELDS = (g: string) => setFragment(RECORD_FIELDS.IdpGroup, g);
const ACCOUNT_FIELDS = (a: string) => setFragment(RECORD_FIELDS.Account, a);
const ASSIGNMENT_FIELDS = (x: string) => setFragment(RECORD_FIELDS.AppAssignment, x);
const INTEGRATION_FIELDS = (n: string) => setFragment(RECORD_FIELDS.Integration, n);

export const UPSERT_PEOPLE = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET ${PERSON_FIELDS('p')}`;

export const UPSERT_IDENTITIES = `
UNWIND $rows AS row
MERGE (i:Identity {id: row.id})
SET ${IDENTITY_FIELDS('i')}`;

export const UPSERT_GROUPS = `
UNWIND $rows AS row
MERGE (g:IdpGroup {id: row.id})
SET ${GROUP_FIELDS('g')}`;

/**
 * Apps with their roles and seat types, as app settings write them (the import stages new apps and
 * updates changed ones with apps.queries.ts). The catalog (or, for a word it does not know, the
 * name) gives each role's default privilege and each seat type's default cost; a person's choice
 * (confirmedPrivilege, confirmedMonthlyCost, set by vocabulary/classify.ts) is never written here,
 * so it survives every re-import and wins over the default. An import that knows no catalog entry
 * for an app never clears the one it has. The content hash of a role or seat type written here is
 * cleared, so the next import writes it again as it sees it.
 */
export const UPSERT_APPS = `
UNWIND $rows AS row
MERGE (app:App {id: row.id})
ON CREATE SET ${APP_CREATE_FIELDS('app')}
SET ${APP_FIELDS('app')}
WITH app, row
CALL (app, row) {
  UNWIND row.roles AS role
  MERGE (r:Role {id: role.id})
  SET ${ROLE_FIELDS('r')}, r.contentHash = null
  MERGE (r)-[:OF]->(app)
}
CALL (app, row) {
  UNWIND [seat IN row.seatTypes | seat {.*, billingModel: row.billingModel}] AS seat
  MERGE (s:SeatType {id: seat.id})
  ON CREATE SET ${SEAT_CREATE_FIELDS('s')}
  SET ${SEAT_FIELDS('s')}, s.contentHash = null
  MERGE (s)-[:OF]->(app)
}`;

/** The account's roles and seat type: what the row names, nothing else. */
const ACCOUNT_LINKS = `
WITH a, row
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:HAS_ROLE]->(r:Role)
  WHERE NOT r.id IN row.roleIds
  DELETE old
}
CALL (a, row) {
  UNWIND row.roleIds AS roleId
  MATCH (r:Role {id: roleId})
  MERGE (a)-[:HAS_ROLE]->(r)
}
CALL (a, row) {
  OPTIONAL MATCH (a)-[old:USES_SEAT]->(s:SeatType)
  WHERE row.seatTypeId IS NULL OR s.id <> row.seatTypeId
  DELETE old
}
CALL (a, row) {
  MATCH (s:SeatType {id: row.seatTypeId})
  MERGE (a)-[:USES_SEAT]->(s)
}`;

export const UPSERT_ACCOUNTS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (a:Account {id: row.id})
SET ${ACCOUNT_FIELDS('a')}
MERGE (a)-[:IN]->(app)
${ACCOUNT_LINKS}`;

/** IdP app assignments are records of their own, so they can arrive before the identities they name. */
export const UPSERT_ASSIGNMENTS = `
UNWIND $rows AS row
MERGE (x:AppAssignment {id: row.id})
SET ${ASSIGNMENT_FIELDS('x')}`;

export const UPSERT_INTEGRATIONS = `
UNWIND $rows AS row
MATCH (app:App {id: row.appId})
MERGE (n:Integration {id: row.id})
SET ${INTEGRATION_FIELDS('n')}
MERGE (n)-[:IN]->(app)`;

/**
 * A new record is created under :StagedRecord, a label no reader queries, with one property more
 * than it will have: `staged`, its real label and this run's id (the run's scope and start are on
 * its :StagingRun, staging.queries.ts). One property, as publishing removes it from every record in
 * one transaction. Apps, roles and seat types, which staged records point at, also get
 * `stagedTargetId`, the one staged property with an index (schema/scale-ingest.cypher): any other
 * staged record costs no index update until it is published.
 */
const STAGED = (v: string, label: WrittenLabel) => `
CREATE (${v}:${STAGED_LABEL})
SET ${v}.staged = ['${label}', $runId], ${v}.id = row.id, ${TARGET_LABELS.has(label) ? `${v}.stagedTargetId = row.id,` : ''}`;

/**
 * The node with this id a staged record points at: a published one, or one staged by this run (a
 * new app, role or seat type). The hint keeps the lookup on the index: a plan made while nothing
 * was staged could otherwise scan every staged record per row.
 */
const TARGET = (label: string, id: string, keep: string) => `
  OPTIONAL MATCH (published:${label} {id: ${id}})
  OPTIONAL MATCH (staged:${STAGED_LABEL} {stagedTargetId: ${id}}) USING INDEX staged:${STAGED_LABEL}(stagedTargetId)
  WHERE staged.staged = ['${label}', $runId]
  WITH ${keep}, coalesce(published, staged) AS target WHERE target IS NOT NULL`;

export const STAGE_PEOPLE = `
UNWIND $rows AS row
${STAGED('p', 'Person')} ${PERSON_FIELDS('p')}`;

export const STAGE_IDENTITIES = `
UNWIND $rows AS row
${STAGED('i', 'Identity')} ${IDENTITY_FIELDS('i')}`;

export const STAGE_GROUPS = `
UNWIND $rows AS row
${STAGED('g', 'IdpGroup')} ${GROUP_FIELDS('g')}`;

export const STAGE_ACCOUNTS = `
UNWIND $rows AS row
${STAGED('a', 'Account')} ${ACCOUNT_FIELDS('a')}
WITH a, row
CALL (a, row) {
  ${TARGET('App', 'row.appId', 'a')}
  CREATE (a)-[:IN]->(target)
}
CALL (a, row) {
  UNWIND row.roleIds AS roleId
  ${TARGET('Role', 'roleId', 'a')}
  CREATE (a)-[:HAS_ROLE]->(target)
}
CALL (a, row) {
  WITH a, row WHERE row.seatTypeId IS NOT NULL
  ${TARGET('SeatType', 'row.seatTypeId', 'a')}
  CREATE (a)-[:USES_SEAT]->(target)
}`;

export const STAGE_ASSIGNMENTS = `
UNWIND $rows AS row
${STAGED('x', 'AppAssignment')} ${ASSIGNMENT_FIELDS('x')}`;

export const STAGE_INTEGRATIONS = `
UNWIND $rows AS row
${STAGED('n', 'Integration')} ${INTEGRATION_FIELDS('n')}
WITH n, row
CALL (n, row) {
  ${TARGET('App', 'row.appId', 'n')}
  CREATE (n)-[:IN]->(target)
}`;

export const STAGE_APPS = `
UNWIND $rows AS row
${STAGED('app', 'App')} ${NEW_APP_FIELDS('app')}`;

export const STAGE_ROLES = `
UNWIND $rows AS role
WITH role, role AS row
${STAGED('r', 'Role')} ${NEW_ROLE_FIELDS('r')}
WITH r, role
CALL (r, role) {
  ${TARGET('App', 'role.appId', 'r')}
  CREATE (r)-[:OF]->(target)
}`;

export const STAGE_SEAT_TYPES = `
UNWIND $rows AS seat
WITH seat, seat AS row
${STAGED('s', 'SeatType')} ${NEW_SEAT_FIELDS('s')}
WITH s, seat
CALL (s, seat) {
  ${TARGET('App', 'seat.appId', 's')}
  CREATE (s)-[:OF]->(target)
}`;

/** The stored record already holds what writing `fields` would (two nulls are equal); when and by which run it was written aside. */
const HOLDS = (v: string, fields: readonly Field[]) =>
  fields
    .filter((field) => !field.bookkeeping)
    .map(({ property, set }) => {
      const expression = set(v, 'row');
      return `coalesce(${v}.${property} = (${expression}), ${v}.${property} IS NULL AND (${expression}) IS NULL)`;
    })
    .join('\n  AND ');

const IN_APP = (v: string) => `COUNT { (${v})-[:IN]->(:App) } = 1 AND EXISTS { (${v})-[:IN]->(:App {id: row.appId}) }`;

/** The roles and seat type of ACCOUNT_LINKS: exactly those the row names. */
const HOLDS_ACCOUNT_LINKS = (a: string) => `
  ${IN_APP(a)}
  AND COUNT { (${a})-[:HAS_ROLE]->(:Role) } = size(row.roleIds)
  AND all(roleId IN row.roleIds WHERE EXISTS { (${a})-[:HAS_ROLE]->(:Role {id: roleId}) })
  AND COUNT { (${a})-[:USES_SEAT]->(:SeatType) } = CASE WHEN row.seatTypeId IS NULL THEN 0 ELSE 1 END
  AND (row.seatTypeId IS NULL OR EXISTS { (${a})-[:USES_SEAT]->(:SeatType {id: row.seatTypeId}) })`;

/**
 * Records an import would change only by their content hash (written before hashes existed, or
 * hashed from rows of an older shape: the first import after an upgrade) take the row's hash and
 * count as unchanged, in the import's bounded staging transactions, instead of being rewritten in
 * its one publish transaction. Readers never read the hash, so nothing they see changes early.
 */
const ADOPT = (label: RecordLabel, v: string, holds: string) => `
UNWIND $rows AS row
MATCH (${v}:${label} {id: row.id})
WITH ${v}, row WHERE ${holds}
SET ${v}.contentHash = row.contentHash
RETURN ${v}.id AS id`;

export const ADOPT_PEOPLE = ADOPT('Person', 'p', HOLDS('p', RECORD_FIELDS.Person));
export const ADOPT_IDENTITIES = ADOPT('Identity', 'i', HOLDS('i', RECORD_FIELDS.Identity));
export const ADOPT_GROUPS = ADOPT('IdpGroup', 'g', HOLDS('g', RECORD_FIELDS.IdpGroup));
export const ADOPT_ACCOUNTS = ADOPT('Account', 'a', `${HOLDS('a', RECORD_FIELDS.Account)}\n  AND ${HOLDS_ACCOUNT_LINKS('a')}`);
export const ADOPT_ASSIGNMENTS = ADOPT('AppAssignment', 'x', HOLDS('x', RECORD_FIELDS.AppAssignment));
export const ADOPT_INTEGRATIONS = ADOPT('Integration', 'n', `${HOLDS('n', RECORD_FIELDS.Integration)}\n  AND ${IN_APP('n')}`);

export const CREATE_SYNC_RUN = `
CREATE (s:SyncRun)
SET s = $run, s.startedAt = datetime($run.startedAt), s.finishedAt = datetime($run.finishedAt)`;
