/**
 * The baseline for bench:ingest: the same records written as plain parameterized UNWIND batches,
 * with no validation, provenance, change counting or removal marking.
 */
import type { Graph } from '../server/graph/graph.js';
import type { PreparedBatch } from '../server/ingest/write/prepare.js';

const BATCH = 5000;

const PLAIN: Record<keyof PreparedBatch, string> = {
  apps: `UNWIND $rows AS row MERGE (n:App {id: row.id}) SET n.name = row.name, n.catalogKey = row.catalogKey
         WITH n, row UNWIND row.roles AS role MERGE (r:Role {id: n.id + ':role:' + role.name}) SET r.name = role.name, r.privilege = role.privilege MERGE (r)-[:OF]->(n)`,
  people: `UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n.employeeId = row.employeeId, n.displayName = row.displayName, n.email = row.email,
           n.alternateEmails = row.alternateEmails, n.department = row.department, n.title = row.title, n.status = row.status, n.managerRef = row.manager`,
  identities: `UNWIND $rows AS row MERGE (n:Identity {id: row.id}) SET n.idp = row.idp, n.login = row.login, n.email = row.email, n.status = row.status,
               n.employeeNumber = row.employeeNumber, n.lastLoginAt = row.lastLoginAt`,
  groups: `UNWIND $rows AS row MERGE (n:IdpGroup {id: row.id}) SET n.name = row.name, n.memberIds = row.memberIds`,
  accounts: `UNWIND $rows AS row MATCH (app:App {id: row.appId}) MERGE (n:Account {id: row.id})
             SET n.email = row.email, n.username = row.username, n.status = row.status, n.lastActiveAt = row.lastActiveAt, n.createdAt = row.createdAt
             MERGE (n)-[:IN]->(app)
             WITH n, app, row UNWIND row.roles AS roleName MATCH (r:Role {id: app.id + ':role:' + roleName}) MERGE (n)-[:HAS_ROLE]->(r)`,
  assignments: `UNWIND $rows AS row MERGE (n:AppAssignment {id: row.identityId + '->' + row.appId}) SET n.appUserName = row.appUserName, n.status = row.status`,
  integrations: `UNWIND $rows AS row MATCH (app:App {id: row.appId}) MERGE (n:Integration {id: row.id}) SET n.name = row.name, n.mode = row.mode MERGE (n)-[:IN]->(app)`,
};

export async function writePlain(graph: Graph, prepared: PreparedBatch): Promise<void> {
  await graph.executeWrite(async (tx) => {
    for (const key of ['apps', 'people', 'identities', 'groups', 'accounts', 'assignments', 'integrations'] as const) {
      const rows = prepared[key];
      for (let i = 0; i < rows.length; i += BATCH) await tx.run(PLAIN[key], { rows: rows.slice(i, i + BATCH) });
    }
  }, 'bench-plain');
}
