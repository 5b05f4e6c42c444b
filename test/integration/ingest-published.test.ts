/**
 * What vendors publish (test/fixtures/ingest/SOURCES.md), imported as a user would: `attest import`
 * in a child process against the test database. Each payload is accepted with the facts that matter
 * (status, last activity, admin, invite state, owner link), or refused whole with file, line or
 * record and what was expected. Files written here (an HR roster, broken copies of the published
 * ones, SCIM listings) go through the same importer in-process, which is quicker.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/catalog/catalog.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { ImportError, type InputProblem } from '../../server/ingest/errors.js';
import { importSource } from '../../server/ingest/import-source.js';
import { CREATE_USER } from '../../server/scim/users/user.queries.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { graphDigest } from '../support/graph-digest.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const SCIM_LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

interface ImportedRun {
  status: string;
  scope: string;
  complete: boolean;
  added: number;
  removed: number;
  notes: string[];
}

interface CliImport {
  code: number | null;
  output: string;
  run: ImportedRun | null;
  errors: InputProblem[];
}

describe('published vendor payloads, imported with attest import', () => {
  let connection: GraphConnection;
  const work = mkdtempSync(join(tmpdir(), 'attest-published-'));
  const env = { ...process.env, ...testDatabaseEnv(), ATTEST_NOW: TEST_NOW, ATTEST_DATA_DIR: join(work, 'data') };

  /** Runs `attest import <kind> <path> --json` from the fixtures folder, so messages name the path as given. */
  function attestImport(kind: string, path: string, ...options: string[]): CliImport {
    const result = spawnSync(process.execPath, [bin, 'import', kind, path, '--json', ...options], {
      cwd: fixtures,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    });
    const parsed = result.stdout.trim() ? (JSON.parse(result.stdout) as ImportedRun & { errors?: InputProblem[] }) : null;
    return {
      code: result.status,
      output: `${result.stdout}${result.stderr}`,
      run: result.status === 0 ? parsed : null,
      errors: result.status === 0 ? [] : (parsed?.errors ?? []),
    };
  }

  function accepted(kind: string, path: string, ...options: string[]): ImportedRun {
    const result = attestImport(kind, path, ...options);
    expect(result.code, result.output).toBe(0);
    expect(result.run?.status).toBe('succeeded');
    return result.run as ImportedRun;
  }

  async function refusedWhole(kind: string, path: string, ...options: string[]): Promise<InputProblem[]> {
    const before = await graphDigest(connection.graph);
    const result = attestImport(kind, path, ...options);
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('the import was rejected and nothing was written');
    expect(await graphDigest(connection.graph)).toBe(before);
    return result.errors;
  }

  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const load = async (kind: string, path: string, app?: string) =>
    (await importSource(connection.graph, catalog, now, { kind, files: [{ path, name: path }], app })).run;
  async function refusedInProcess(kind: string, path: string): Promise<InputProblem[]> {
    const before = await graphDigest(connection.graph);
    const error = await load(kind, path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(await graphDigest(connection.graph)).toBe(before);
    return error instanceof ImportError ? error.problems : [];
  }

  function write(name: string, text: string | Buffer): string {
    const path = join(work, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  }

  beforeAll(async () => {
    connection = await freshGraph();
    const hr = write(
      'hr.csv',
      [
        'Employee #,First Name,Last Name,Work Email,Department,Job Title,Supervisor Email,Status,Hire Date,Termination Date',
        'E1,Mona,Octocat,octocat@github.com,Engineering,Engineer,,Active,2020-01-06,',
        'E2,Conf Room,Adams,adams@contoso.com,Facilities,Room,,Active,2020-01-06,',
      ].join('\n'),
    );
    await load('hr-csv', hr);
  });
  afterAll(async () => {
    await connection.close();
    rmSync(work, { recursive: true, force: true });
  });

  describe('Slack users.list', () => {
    it('one page with a next_cursor is a partial listing: accepted, nothing removed, and the run says so', async () => {
      const full = write(
        'slack-full.json',
        JSON.stringify({
          ok: true,
          members: [
            { id: 'W0EXTRA01', team_id: 'T012AB3C4', name: 'extra', deleted: false, profile: { email: 'extra@ghostbusters.example.com' } },
          ],
          response_metadata: { next_cursor: '' },
        }),
      );
      expect(await load('slack-users', full)).toMatchObject({ complete: true, added: 1 });

      const page = accepted('slack-users', 'slack-users/published/users.list-example.json');
      expect(page).toMatchObject({ complete: false, removed: 0 });
      expect(page.notes.join('\n')).toContain(
        'Partial listing: slack-users/published/users.list-example.json, the last page given, has response_metadata.next_cursor',
      );
      const accounts = await connection.graph.read(`
        MATCH (a:Account)-[:IN]->(:App {name: 'Slack'})
        RETURN a.externalId AS id, a.email AS email, a.status AS status, a.removedAt IS NULL AS live,
               [(a)-[:HAS_ROLE]->(r:Role) | r.name] AS roles ORDER BY id`);
      expect(accounts).toEqual([
        { id: 'W012A3CDE', email: 'spengler@ghostbusters.example.com', status: 'active', live: true, roles: ['Workspace Admin'] },
        { id: 'W07QCRPA4', email: 'glenda@south.oz.coven', status: 'active', live: true, roles: ['Workspace Admin'] },
        { id: 'W0EXTRA01', email: 'extra@ghostbusters.example.com', status: 'active', live: true, roles: ['Member'] },
      ]);
    });

    it('the SDK\'s mock pages (member names, not user objects) and an "ok": false response are refused whole', async () => {
      const pages = await refusedWhole('slack-users', 'slack-users/published/python-slack-sdk-pages');
      expect(pages[0]).toMatchObject({ file: 'slack-users/published/python-slack-sdk-pages/page-1.json', record: 0 });
      expect(pages[0]?.message).toContain('expected a record (an object), found string "Bob"');
      const failed = await refusedWhole('slack-users', 'slack-users/published/api-test-false.json');
      expect(failed[0]?.message).toContain('the file is an API error response, not data: Slack "ok": false');
    });
  });

  describe('Microsoft Graph /users', () => {
    it('the default $select (no accountEnabled, no signInActivity) gives status and sign-in unknown, and no orphan finding', async () => {
      const run = accepted('entra-users', 'entra-users/published/users-default-select.json');
      expect(run.notes.join('\n')).toContain('2 user(s) without accountEnabled');
      const identities = await connection.graph.read(`
        MATCH (i:Identity {idp: 'entra'}) RETURN i.login AS login, i.status AS status, i.lastLoginAt AS lastLogin, i.activityKnown AS activityKnown ORDER BY login`);
      expect(identities).toEqual([
        { login: 'adams@contoso.com', status: 'unknown', lastLogin: null, activityKnown: false },
        { login: 'admin@contoso.com', status: 'unknown', lastLogin: null, activityKnown: false },
      ]);

      // The room's identity and its Zoom account belong to the same HR person: an unknown status is no reason to call anything orphaned.
      await load(
        'accounts-csv',
        write('zoom.csv', 'Email,Name,Role,Status,Last active\nAdams@contoso.com,Conf Room Adams,Member,Active,2026-11-10\n'),
        'Zoom',
      );
      const owners = await connection.graph.read(`
        MATCH (i:Identity {idp: 'entra', login: 'adams@contoso.com'})-[:BELONGS_TO]->(p:Person)<-[:BELONGS_TO]-(a:Account)
        RETURN i.status AS identity, p.employeeId AS owner, a.status AS account,
               COUNT { MATCH (f:Finding {type: 'orphaned_account'}) WHERE f.accountId = a.id } AS orphanFindings`);
      expect(owners).toEqual([{ identity: 'unknown', owner: 'E2', account: 'active', orphanFindings: 0 }]);
    });

    it('signInActivity without accountEnabled: the last sign-in is known (0001-01-01 is never), the status is not', async () => {
      accepted('entra-users', 'entra-users/published/users-signin-activity.json');
      const identities = await connection.graph.read(`
        MATCH (i:Identity {idp: 'entra'}) WHERE i.login IN ['adelev@contoso.com', 'alexw@contoso.com']
        RETURN i.login AS login, i.status AS status, toString(i.lastLoginAt) AS lastLogin, i.activityKnown AS activityKnown ORDER BY login`);
      expect(identities).toEqual([
        { login: 'adelev@contoso.com', status: 'unknown', lastLogin: '2021-06-17T16:41:33Z', activityKnown: true },
        { login: 'alexw@contoso.com', status: 'unknown', lastLogin: '2021-07-29T17:53:42Z', activityKnown: true },
      ]);
    });
  });

  describe('GitHub organization members and invitations', () => {
    it('members without an admins listing keep their role unknown, a pending invite ("failed_at": "") is pending, and no sole-admin claim is made', async () => {
      const run = accepted('github-members', 'github-members/published/org');
      expect(run.notes.join('\n')).toContain('1 member(s) without a role');
      const accounts = await connection.graph.read(`
        MATCH (a:Account)-[:IN]->(:App {name: 'GitHub'})
        RETURN a.username AS login, a.status AS status, a.vendorStatus AS vendorStatus, a.rolesKnown AS rolesKnown,
               toString(a.invitedAt) AS invitedAt, [(a)-[:HAS_ROLE]->(r:Role) | r.name] AS roles ORDER BY login`);
      expect(accounts).toEqual([
        {
          login: 'monalisa',
          status: 'invited',
          vendorStatus: 'pending invitation',
          rolesKnown: true,
          invitedAt: '2016-11-30T14:46:10Z',
          roles: ['Member'],
        },
        { login: 'octocat', status: 'active', vendorStatus: 'active', rolesKnown: false, invitedAt: null, roles: [] },
      ]);
      const soleAdmin = await connection.graph.read(`MATCH (f:Finding {type: 'sole_admin', appName: 'GitHub'}) RETURN f.reason AS reason`);
      expect(soleAdmin).toEqual([]);
    });

    it('a login that matches a mailbox name never puts a second GitHub user on the person who owns the invited email', async () => {
      const owners = await connection.graph.read(`
        MATCH (a:Account)-[:IN]->(:App {name: 'GitHub'})
        OPTIONAL MATCH (a)-[r:BELONGS_TO]->(p:Person)
        RETURN a.username AS login, p.employeeId AS owner, r.method AS method, coalesce(a.needsReview, false) AS waits, a.reviewReason AS reason ORDER BY login`);
      expect(owners).toEqual([
        { login: 'monalisa', owner: 'E1', method: 'exact_email', waits: false, reason: null },
        expect.objectContaining({ login: 'octocat', owner: null, method: null, waits: true }),
      ]);
      expect(owners[1]?.reason).toContain('already has octocat@github.com in this app');
    });

    it("GET /orgs/{org}/outside_collaborators: the docs' example is an outside collaborator, not a member", async () => {
      accepted('github-members', 'github-members/published/outside-collaborators.json');
      const rows = await connection.graph.read(`
        MATCH (a:Account {username: 'octocat'})-[:IN]->(:App {name: 'GitHub'})
        RETURN a.status AS status, [(a)-[:HAS_ROLE]->(r:Role) | r.name] AS roles`);
      expect(rows).toEqual([{ status: 'active', roles: ['Outside collaborator'] }]);
    });
  });

  describe('Okta', () => {
    it('GET /api/v1/users: accepted, partial (no DEPROVISIONED users), with the last login', async () => {
      expect(accepted('okta-users', 'okta-users/published/list-users.json')).toMatchObject({ complete: false, removed: 0 });
      const [alice] = await connection.graph.read(
        `MATCH (i:Identity {idp: 'okta'}) RETURN i.login AS login, i.status AS status, toString(i.lastLoginAt) AS lastLogin`,
      );
      expect(alice).toEqual({ login: 'alice.smith@example.com', status: 'active', lastLogin: '2022-05-04T19:50:52Z' });
    });

    it('a fields projection without profile.login is refused, naming the record and what it lacks', async () => {
      const [problem] = await refusedWhole('okta-users', 'okta-users/published/list-users-fields.json');
      expect(problem).toMatchObject({ file: 'okta-users/published/list-users-fields.json', record: 0 });
      expect(problem?.message).toContain('record 0 lacks profile.login');
    });

    it('groups with a member page in the folder get members; a later GET /api/v1/groups alone keeps them', async () => {
      accepted('okta-groups', 'okta-groups/published/with-member-pages');
      const members = () =>
        connection.graph.read(`
          MATCH (g:IdpGroup {idp: 'okta'})
          RETURN g.name AS group, g.memberIds AS memberIds, [(i:Identity)-[:MEMBER_OF]->(g) | i.login] AS logins ORDER BY group`);
      const expected = [
        { group: 'Engineering users', memberIds: null, logins: [] },
        { group: 'West Coast users', memberIds: ['okta:00u118oQYT4TBTemp0g4'], logins: ['alice.smith@example.com'] },
      ];
      expect(await members()).toEqual(expected);
      const groupsOnly = accepted('okta-groups', 'okta-groups/published/groups-only');
      expect(groupsOnly.notes.join('\n')).toContain('2 group(s) without members');
      expect(await members()).toEqual(expected);
    });

    it("GET /api/v1/users/{userId}/grants: the docs' grant lands in its app, named after its authorization server, with its scope", async () => {
      accepted('okta-grants', 'okta-grants/published/list-grants.json');
      const rows = await connection.graph.read(`
        MATCH (n:Integration)-[:IN]->(app:App {name: 'My App'})
        RETURN n.name AS name, n.mode AS mode, n.scopes AS scopes`);
      expect(rows).toEqual([{ name: 'Okta Example Authorization Server', mode: 'user', scopes: ['My phone'] }]);
    });

    it('GET /api/v1/apps/{appId}/users: the assignment is kept for --app', async () => {
      accepted('okta-app-users', 'okta-app-users/published/app-users.json', '--app', 'Salesforce');
      const rows = await connection.graph.read(
        `MATCH (x:AppAssignment {appId: 'app-salesforce'}) RETURN x.identityId AS identity, x.appUserName AS userName, x.status AS status`,
      );
      expect(rows).toEqual([{ identity: 'okta:00u1dnq5S0CfjlkpABCD', userName: 'saml.test@example.com', status: 'PROVISIONED' }]);
    });
  });

  describe('Google Directory users.list', () => {
    it('the guide\'s "all users in a domain" page: accepted, partial (it ends with a nextPageToken), super admin and suspended read', async () => {
      const run = accepted('google-users', 'google-users/published/manage-users-domain.json');
      expect(run).toMatchObject({ complete: false, removed: 0, added: 2 });
      const identities = await connection.graph.read(`
        MATCH (i:Identity {idp: 'google'}) RETURN i.login AS login, i.status AS status, i.isAdmin AS admin, toString(i.lastLoginAt) AS lastLogin ORDER BY login`);
      expect(identities).toEqual([
        { login: 'admin2@example.com', status: 'suspended', admin: true, lastLogin: '2013-02-05T10:30:03.325Z' },
        { login: 'liz@example.com', status: 'active', admin: true, lastLogin: '2013-02-05T10:30:03.325Z' },
      ]);
    });
  });

  describe('SCIM and Atlassian', () => {
    it('scimono\'s recorded response (wrapped in "response") is refused whole', async () => {
      const [problem] = await refusedWhole('scim', 'scim/published/scimono-read-users-index-paging.json');
      expect(problem?.message).toContain('found an object with keys: response');
    });

    it("the original site export article's example has one more value than its header, and is refused at line 2", async () => {
      const [problem] = await refusedWhole('atlassian-csv', 'atlassian-csv/published/site-export-original-article.csv');
      expect(problem).toMatchObject({ file: 'atlassian-csv/published/site-export-original-article.csv', line: 2 });
      expect(problem?.message).toContain('expected 11 cells as in the header, found 12');
    });

    it('the organization users API\'s reference example holds placeholders ("<string>"), and is refused whole naming each field', async () => {
      const problems = await refusedWhole('atlassian-users', 'atlassian-users/published/users-reference-example.json');
      expect(problems.map((p) => [p.file, p.record, p.field])).toEqual(
        ['email', 'last_active', 'product_access.0.last_active', 'product_access.0.url'].map((field) => [
          'atlassian-users/published/users-reference-example.json',
          '0 (id <string>)',
          field,
        ]),
      );
    });

    it('the site export: one account per user and product, admins from site-admins, never logged in is an invite', async () => {
      accepted('atlassian-csv', 'atlassian-csv/site-export.csv', '--app', 'acme');
      const rows = await connection.graph.read(`
        MATCH (a:Account)-[:IN]->(:App {name: 'Jira (acme)'})
        RETURN a.email AS email, a.status AS status, toString(a.lastActiveAt) AS lastActive, [(a)-[:HAS_ROLE]->(r:Role) | r.name] AS roles ORDER BY email`);
      expect(rows).toEqual([
        { email: 'derek@example.test', status: 'invited', lastActive: null, roles: ['Product user'] },
        {
          email: 'frank@example.test',
          status: 'active',
          lastActive: '2026-11-02T09:12:00Z',
          roles: expect.arrayContaining(['Site admin', 'Product user']) as string[],
        },
        { email: 'willa@example.test', status: 'deactivated', lastActive: '2024-01-11T16:20:05Z', roles: ['Product user'] },
      ]);
    });
  });

  describe('malformed files stay refused whole, with where and what', () => {
    it('truncated JSON names the line and column', async () => {
      const text = readFileSync(join(fixtures, 'slack-users/published/users.list-example.json'), 'utf8');
      const [problem] = await refusedInProcess('slack-users', write('truncated.json', text.slice(0, 900)));
      expect(problem?.message).toContain('invalid JSON');
      expect(problem?.line).toBeGreaterThan(1);
    });

    it('duplicate ids name both records', async () => {
      const users = JSON.parse(readFileSync(join(fixtures, 'okta-users/published/list-users.json'), 'utf8')) as unknown[];
      const problems = await refusedInProcess('okta-users', write('okta-twice.json', JSON.stringify([...users, ...users])));
      expect(problems[0]?.message).toContain('duplicate Okta user id "00u118oQYT4TBTemp0g4": also at record 0');
    });

    it('a missing required column is named with the columns found', async () => {
      const [problem] = await refusedInProcess(
        'atlassian-csv',
        write('no-email.csv', 'group_name,username,full_name,active,Jira Software\ng1,ann,Ann Example,Yes,Yes\n'),
      );
      expect(problem).toMatchObject({ field: 'email', line: 1 });
    });

    it('bytes that are not UTF-8 name the line', async () => {
      const csv = readFileSync(join(fixtures, 'atlassian-csv/site-export.csv'));
      const broken = Buffer.concat([csv.subarray(0, csv.indexOf('Derek')), Buffer.from([0xe9]), csv.subarray(csv.indexOf('Derek'))]);
      const [problem] = await refusedInProcess('atlassian-csv', write('latin1.csv', broken));
      expect(problem?.message).toContain('is not valid UTF-8');
      expect(problem?.line).toBe(4);
    });
  });

  describe('several SCIM sources', () => {
    const listing = (users: { id: string; userName: string }[]): string =>
      JSON.stringify({
        schemas: [SCIM_LIST],
        totalResults: users.length,
        Resources: users.map((u) => ({ schemas: [SCIM_USER], ...u, active: true })),
      });
    const live = () =>
      connection.graph.read(`MATCH (i:Identity {idp: 'scim'}) WHERE i.removedAt IS NULL RETURN i.login AS login ORDER BY login`);

    it('each named source is its own scope: importing one never marks another source or a pushed user removed', async () => {
      await load(
        'scim',
        write(
          'scim-okta.json',
          listing([
            { id: '1', userName: 'ann@acme.example' },
            { id: '2', userName: 'bob@acme.example' },
          ]),
        ),
        'Okta SCIM',
      );
      // The same SCIM id in another service is another user.
      await load('scim', write('scim-entra.json', listing([{ id: '1', userName: 'cat@acme.example' }])), 'Entra SCIM');
      await connection.graph.write(CREATE_USER, {
        id: randomUUID(),
        props: { login: 'pushed@acme.example', scimUserName: 'pushed@acme.example', status: 'active', scimResource: '{}' },
        now: TEST_NOW,
      });
      expect(await live()).toEqual([
        { login: 'ann@acme.example' },
        { login: 'bob@acme.example' },
        { login: 'cat@acme.example' },
        { login: 'pushed@acme.example' },
      ]);

      const again = await load('scim', write('scim-okta-later.json', listing([{ id: '1', userName: 'ann@acme.example' }])), 'Okta SCIM');
      expect(again).toMatchObject({ scope: 'scim:okta-scim', complete: true, removed: 1 });
      expect(await live()).toEqual([{ login: 'ann@acme.example' }, { login: 'cat@acme.example' }, { login: 'pushed@acme.example' }]);
    });

    it('an empty ListResponse is a valid listing of nothing: its source is emptied, no other', async () => {
      const empty = await load(
        'scim',
        write('scim-entra-empty.json', JSON.stringify({ schemas: [SCIM_LIST], totalResults: 0, Resources: [] })),
        'Entra SCIM',
      );
      expect(empty).toMatchObject({ scope: 'scim:entra-scim', complete: true, removed: 1 });
      expect(await live()).toEqual([{ login: 'ann@acme.example' }, { login: 'pushed@acme.example' }]);
    });
  });
});
