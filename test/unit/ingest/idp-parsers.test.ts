import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { Catalog, loadCatalog } from '../../../server/catalog/catalog.js';
import { FIXTURES, fixture, importError, parseKind } from './helpers.js';

describe('okta-users', () => {
  it('maps every Okta status: STAGED/PROVISIONED never signed in, recovery states active', async () => {
    const batch = await parseKind('okta-users', fixture('okta-users', 'users.json'));
    expect(batch.identities.map((i) => [i.vendorStatus, i.status])).toEqual([
      ['ACTIVE', 'active'],
      ['ACTIVE', 'active'],
      ['STAGED', 'staged'],
      ['PROVISIONED', 'staged'],
      ['RECOVERY', 'active'],
      ['LOCKED_OUT', 'active'],
      ['PASSWORD_EXPIRED', 'active'],
      ['SUSPENDED', 'suspended'],
      ['DEPROVISIONED', 'deprovisioned'],
    ]);
    const [maria, tom, staged] = batch.identities;
    expect(maria).toMatchObject({
      idp: 'okta',
      externalId: '00u1ceo000000000001',
      login: 'maria.gonzalez@acme.example',
      email: 'maria.gonzalez@acme.example',
      displayName: 'Maria Gonzalez',
      employeeNumber: '1001',
      lastLoginAt: '2024-06-28T08:12:45.000Z',
      createdAt: '2016-01-04T09:00:00.000Z',
    });
    expect(tom?.manager).toBe('maria.gonzalez@acme.example');
    expect(staged).toMatchObject({ lastLoginAt: null, manager: 'tom.becker@acme.example' });
    expect(batch.complete).toBe(true);
  });

  it('never marks removals from an export without DEPROVISIONED users', async () => {
    const batch = await parseKind('okta-users', fixture('okta-users', 'no-deprovisioned.json'));
    expect(batch.complete).toBe(false);
    expect(batch.notes.join('\n')).toContain('filter=status eq "DEPROVISIONED"');
  });

  it('rejects truncated JSON with line and column', async () => {
    const error = await importError(parseKind('okta-users', fixture('okta-users', 'bad', 'truncated.json')));
    expect(error.problems).toEqual([
      {
        file: 'okta-users/bad/truncated.json',
        line: 42,
        message: expect.stringMatching(/^column 5: invalid JSON: unexpected end of file: the JSON is truncated/) as string,
      },
    ]);
  });

  it('says "this looks like X, not Y" for another kind\'s export', async () => {
    const error = await importError(parseKind('slack-users', fixture('okta-users', 'users.json')));
    expect(error.message).toBe(
      'okta-users/users.json, record 0: this looks like an Okta users export (GET /api/v1/users) (kind okta-users), not slack-users: its first record has id, status, profile.login',
    );
    const csv = await importError(parseKind('okta-users', fixture('atlassian-csv', 'export.csv')));
    expect(csv.message).toContain('this looks like an Atlassian Cloud user export (CSV, kind atlassian-csv), not okta-users');
  });

  it('names the fields a record lacks when it fits no kind', async () => {
    const error = await importError(parseKind('okta-users', fixture('entra-grants', 'zoom-grants.json')));
    expect(error.message).toContain('this looks like a Microsoft Graph oauth2PermissionGrants export (kind entra-grants), not okta-users');
    const none = await importError(parseKind('google-users', fixture('okta-groups', 'groups.json')));
    expect(none.message).toContain('okta-groups/groups.json, record 0: this looks like an Okta groups export');
  });
});

describe('okta-groups, okta-app-users, okta-grants', () => {
  it('reads groups with member ids or member user objects', async () => {
    const batch = await parseKind('okta-groups', fixture('okta-groups', 'groups.json'));
    expect(batch.groups.map((g) => [g.name, g.memberExternalIds?.length])).toEqual([
      ['Engineering', 2],
      ['Slack Admins', 2],
      ['Everyone', 9],
    ]);
    expect(batch.groups[1]?.memberExternalIds).toEqual(['00u1ceo000000000001', '00u1eng000000000002']);
  });

  it('reads app assignments for --app, and requires --app', async () => {
    const batch = await parseKind('okta-app-users', fixture('okta-app-users', 'app-users.json'), { app: 'Jasper' });
    expect(batch.scope).toBe('okta-app-users:Jasper');
    expect(batch.assignments).toEqual([
      {
        idp: 'okta',
        identityExternalId: '00u1ceo000000000001',
        app: { name: 'Jasper', catalogKey: 'jasper', plan: null },
        appUserName: 'maria.gonzalez@acme.example',
        appExternalId: 'jas-100',
        scope: 'USER',
        status: 'PROVISIONED',
      },
      expect.objectContaining({ identityExternalId: '00u1eng000000000002', scope: 'GROUP' }),
      expect.objectContaining({ identityExternalId: '00u1sus000000000008', scope: 'USER', status: 'INACTIVE', appExternalId: null }),
    ]);
    const error = await importError(parseKind('okta-app-users', fixture('okta-app-users', 'app-users.json')));
    expect(error.message).toContain('--app is required for okta-app-users');
  });

  it("without --app, reads a folder of the apps listing and each app's user pages: every active app by its label, inactive ones left out", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-okta-apps-'));
    try {
      const published = (name: string): string => readFileSync(fixture('okta-app-users', 'published', name).path, 'utf8');
      writeFileSync(join(dir, 'apps-1.json'), published('list-apps-by-group.json'));
      writeFileSync(join(dir, 'apps-2.json'), readFileSync(fixture('okta-app-users', 'inactive-app.json').path, 'utf8'));
      writeFileSync(join(dir, '0oa7vicdkRNrz59R80w6-users-1.json'), published('app-users.json'));
      writeFileSync(join(dir, '0oa7vicvor8YSr9Hc0w6-users-1.json'), '[]');
      const folder = { path: dir, name: 'okta-apps' };
      const missing = await importError(parseKind('okta-app-users', folder));
      expect(missing.message).toContain('active app 0oabkvBLDEKCNXBGYUAS ("Sample Plugin App") has no user pages');

      writeFileSync(join(dir, '0oabkvBLDEKCNXBGYUAS-users-1.json'), published('app-users.json'));
      const batch = await parseKind('okta-app-users', folder);
      expect(batch.scope).toBe('okta-app-users');
      expect(batch.complete).toBe(true);
      expect(batch.assignments.map((a) => [a.app.name, a.identityExternalId, a.scope])).toEqual([
        ['hrportal2', '00u1dnq5S0CfjlkpABCD', 'USER'],
        ['Sample Plugin App', '00u1dnq5S0CfjlkpABCD', 'USER'],
      ]);
      expect(batch.notes).toContain('1 app(s) not ACTIVE left out, their assignments taken as gone: Retired Wiki.');

      writeFileSync(join(dir, '0oa1gjh63g214q0Hq0g4-users-1.json'), published('app-users.json'));
      const stray = await importError(parseKind('okta-app-users', folder));
      expect(stray.message).toContain('user page for app 0oa1gjh63g214q0Hq0g4, which the apps listing does not name');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves Okta's own apps (Dashboard, Admin Console, Browser Plugin) out by name, with a note, and reads the other apps", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-okta-own-apps-'));
    try {
      const published = (name: string): string => readFileSync(fixture('okta-app-users', 'published', name).path, 'utf8');
      writeFileSync(join(dir, 'apps-1.json'), published('first-party-apps-1.json'));
      writeFileSync(join(dir, 'apps-2.json'), published('first-party-apps-2.json'));
      // A page for the Admin Console, as an export by hand may hold: not read.
      writeFileSync(join(dir, '0oav0szjt4RXG5wFN697-users-1.json'), published('app-users.json'));
      const folder = { path: dir, name: 'okta-apps' };
      const missing = await importError(parseKind('okta-app-users', folder));
      expect(missing.message).toContain('active app 0oav0t9syuiVUVZIT697 ("Okta OIN Submission Tester") has no user pages');
      expect(missing.message).not.toContain('Okta Dashboard');

      writeFileSync(join(dir, '0oav0t9syuiVUVZIT697-users-1.json'), published('app-users.json'));
      const batch = await parseKind('okta-app-users', folder);
      expect(batch.assignments.map((a) => [a.app.name, a.identityExternalId])).toEqual([
        ['Okta OIN Submission Tester', '00u1dnq5S0CfjlkpABCD'],
      ]);
      expect(batch.notes).toContain(
        "3 of Okta's own app(s) left out, as everyone or every admin is assigned to them: Okta Admin Console, Okta Dashboard, Okta Browser Plugin.",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('merges per-scope grants into one user integration per user and client, leaving out revoked grants', async () => {
    const batch = await parseKind('okta-grants', fixture('okta-grants', 'grants.json'));
    expect(batch.integrations).toEqual([
      {
        app: { name: 'Zoom', catalogKey: 'zoom', plan: null },
        name: 'Okta https://acme.okta.com',
        mode: 'user',
        enabledBy: null,
        authorizedBy: '00u1ceo000000000001',
        enabledAt: '2024-01-09T10:00:00.000Z',
        lastUsedAt: null,
        scopes: ['okta.groups.read', 'okta.users.read.self'],
      },
      expect.objectContaining({ authorizedBy: '00u1eng000000000002', scopes: ['okta.users.read.self'] }),
      expect.objectContaining({ app: { name: 'Slack', catalogKey: 'slack', plan: null }, scopes: ['okta.apps.read'] }),
    ]);
    expect(batch.notes.join('\n')).toContain('1 REVOKED grant(s) left out');
  });
});

describe('entra-users', () => {
  it('reads Graph pages in order: PendingAcceptance guests staged, 0001-01-01 never, disabled suspended', async () => {
    const batch = await parseKind('entra-users', fixture('entra-users', 'pages'));
    expect(batch.recordsRead).toBe(6);
    expect(batch.identities.map((i) => [i.displayName, i.status, i.vendorStatus, i.isGuest, i.lastLoginAt])).toEqual([
      ['Maria Gonzalez', 'active', 'Enabled', false, '2024-06-29T22:00:00.000Z'],
      ['Tom Becker', 'active', 'Enabled', false, '2024-06-29T17:01:02.000Z'],
      ['New Hire', 'active', 'Enabled', false, null],
      ['Vendor PM (Partner)', 'staged', 'PendingAcceptance', true, null],
      ['External Auditor', 'active', 'Accepted', true, '2024-05-01T10:00:00.000Z'],
      ['Chris Park', 'suspended', 'Disabled', false, '2024-01-15T11:00:00.000Z'],
    ]);
    expect(batch.identities[1]).toMatchObject({
      login: 'tom.becker@acme.example',
      employeeNumber: '1002',
      manager: 'maria.gonzalez@acme.example',
    });
  });

  it('takes a page whose @odata.nextLink points to more as a partial listing, and says so', async () => {
    const batch = await parseKind('entra-users', fixture('entra-users', 'one-page.json'));
    expect(batch.identities.length).toBeGreaterThan(0);
    expect(batch.complete).toBe(false);
    expect(batch.notes.join('\n')).toContain('Partial listing: entra-users/one-page.json, the last page given, has @odata.nextLink');
  });

  it("takes users from Graph's default $select with status and sign-in unknown, never active or never signed in", async () => {
    const batch = await parseKind('entra-users', fixture('entra-users', 'default-select.json'));
    expect(batch.identities.map((i) => [i.login, i.status, i.lastLoginAt, i.activityKnown])).toEqual([
      ['maria.gonzalez@acme.example', 'unknown', null, false],
      ['tom.becker@acme.example', 'unknown', null, false],
    ]);
    expect(batch.notes.join('\n')).toContain('2 user(s) without accountEnabled');
  });
});

describe('entra-app-roles, entra-grants', () => {
  it('maps user assignments to the catalog app named like resourceDisplayName', async () => {
    const batch = await parseKind('entra-app-roles', fixture('entra-app-roles', 'slack-assigned-to.json'));
    expect(batch.scope).toBe('entra-app-roles:Slack');
    expect(batch.complete).toBe(true);
    expect(batch.assignments.map((a) => [a.identityExternalId, a.app.catalogKey, a.scope])).toEqual([
      ['6e7b768e-07e2-4810-8459-485f84f8f204', 'slack', 'USER'],
      ['87d349ed-44d7-43e1-9a83-5f2406dee5bd', 'slack', 'USER'],
    ]);
    expect(batch.notes.join('\n')).toMatch(/1 assignment\(s\) to groups left out[\s\S]*1 assignment\(s\) to service principals/);
  });

  it('assigns users to an enterprise app the catalog does not know, as an app without a catalog entry', async () => {
    const batch = await parseKind('entra-app-roles', fixture('entra-app-roles', 'unknown-app.json'));
    expect(batch.assignments.map((a) => [a.identityExternalId, a.app])).toEqual([
      ['6e7b768e-07e2-4810-8459-485f84f8f204', { name: 'Contoso Expenses', catalogKey: null, plan: null }],
    ]);
  });

  it('reads oauth2PermissionGrants of one client: admin consent is workspace, user consent is user', async () => {
    const batch = await parseKind('entra-grants', fixture('entra-grants', 'zoom-grants.json'), { app: 'Zoom' });
    expect(batch.integrations.map((i) => [i.mode, i.authorizedBy, i.scopes])).toEqual([
      ['workspace', null, ['User.Read', 'openid', 'profile']],
      ['user', '6e7b768e-07e2-4810-8459-485f84f8f204', ['Calendars.ReadWrite', 'offline_access']],
      ['user', '87d349ed-44d7-43e1-9a83-5f2406dee5bd', ['Calendars.Read', 'Mail.Read']],
    ]);
    expect(batch.integrations[0]?.app).toEqual({ name: 'Zoom', catalogKey: 'zoom', plan: null });
    const error = await importError(parseKind('entra-grants', fixture('entra-grants', 'zoom-grants.json')));
    expect(error.message).toContain('pass --app');
  });

  it('in a folder with the GET /servicePrincipals listing, names each client and resource by its service principal, and refuses a client the listing lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-entra-grants-'));
    const copy = (from: string, to: string): void => writeFileSync(join(dir, to), readFileSync(from, 'utf8'));
    try {
      copy(fixture('entra-grants', 'published', 'service-principals-azure-ad-graph.json').path, 'service-principals-1.json');
      copy(join(FIXTURES, '..', 'connectors', 'entra', 'service-principals-list.json'), 'service-principals-2.json');
      copy(fixture('entra-grants', 'service-principals.json').path, 'service-principals-3.json');
      copy(fixture('entra-grants', 'published', 'list-grants.json').path, 'grants-1.json');
      copy(fixture('entra-grants', 'zoom-grants.json').path, 'grants-2.json');
      const folder = { path: dir, name: 'tenant' };
      const batch = await parseKind('entra-grants', folder);
      expect(batch.scope).toBe('entra-grants');
      expect(batch.complete).toBe(true);
      expect(batch.recordsRead).toBe(5 + 6);
      expect(batch.integrations.map((i) => [i.app.name, i.app.catalogKey, i.name, i.mode, i.authorizedBy, i.scopes.length])).toEqual([
        ['Notion', 'notion', 'Entra ID consent to Windows Azure Active Directory', 'workspace', null, 2],
        ['Notion', 'notion', 'Entra ID consent to Microsoft Graph', 'workspace', null, 34],
        ['Zoom', 'zoom', 'Entra ID consent to Office 365 Exchange Online', 'workspace', null, 3],
        ['Zoom', 'zoom', 'Entra ID consent to Office 365 Exchange Online', 'user', '6e7b768e-07e2-4810-8459-485f84f8f204', 2],
        ['Zoom', 'zoom', 'Entra ID consent to Office 365 Exchange Online', 'user', '87d349ed-44d7-43e1-9a83-5f2406dee5bd', 2],
      ]);

      // Without the page naming Notion and Zoom, every grant of theirs is refused where it stands.
      rmSync(join(dir, 'service-principals-3.json'));
      const refused = await importError(parseKind('entra-grants', folder));
      expect(refused.problems.map((p) => [p.file, p.record, p.field])).toEqual([
        ['tenant/grants-1.json', '0 (id AVs6JuUDjkCFV7q2gd8QTPimBBgj5iBFj0C6GwwRxC0)', 'clientId'],
        ['tenant/grants-1.json', '1 (id AVs6JuUDjkCFV7q2gd8QTOQDNpSH5-lPk9HjD3Sarjk)', 'clientId'],
        ['tenant/grants-2.json', '0 (id o9u1AllPrinc)', 'clientId'],
        ['tenant/grants-2.json', '1 (id o9u1Maria)', 'clientId'],
        ['tenant/grants-2.json', '2 (id o9u1Tom)', 'clientId'],
      ]);
      expect(refused.problems[0]?.message).toBe(
        "no service principal with id 263a5b01-03e5-408e-8557-bab681df104c in the service principal listing (service-principals*.json): give every page of GET /servicePrincipals, or pass --app with the app's name",
      );
      // --app names one client the listing lacks, not two.
      const two = await importError(parseKind('entra-grants', folder, { app: 'Notion' }));
      expect(two.message).toContain(
        'the grants are for 2 client apps (263a5b01-03e5-408e-8557-bab681df104c, a0b1c2d3-aaaa-bbbb-cccc-0123456789ab) but --app names one',
      );

      // One client's grants with --app: the listing still names the resource it lists.
      rmSync(join(dir, 'grants-2.json'));
      const one = await parseKind('entra-grants', folder, { app: 'Notion' });
      expect(one.integrations.map((i) => [i.app.name, i.name])).toEqual([
        ['Notion', 'Entra ID consent to Windows Azure Active Directory'],
        ['Notion', 'Entra ID consent to 943603e4-e787-4fe9-93d1-e30f749aae39'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('google-users, google-tokens', () => {
  it('maps archived, suspended and never-logged-in users', async () => {
    const batch = await parseKind('google-users', fixture('google-users', 'users.json'));
    expect(batch.identities.map((i) => [i.login, i.status, i.isAdmin, i.lastLoginAt])).toEqual([
      ['maria.gonzalez@acme.example', 'active', true, '2024-06-28T08:12:45.000Z'],
      ['tom.becker@acme.example', 'active', true, '2024-06-29T17:01:02.000Z'],
      ['new.hire@acme.example', 'staged', false, null],
      ['chris.park@acme.example', 'suspended', false, '2024-01-15T11:00:00.000Z'],
      ['lee.wong@acme.example', 'deprovisioned', false, '2023-12-13T16:45:00.000Z'],
    ]);
    expect(batch.identities[1]).toMatchObject({
      employeeNumber: '1002',
      manager: 'maria.gonzalez@acme.example',
      displayName: 'Tom Becker',
    });
  });

  it('reads a folder of per-user token lists, including one without items', async () => {
    const batch = await parseKind('google-tokens', fixture('google-tokens', 'tokens'));
    expect(batch.integrations.map((i) => [i.app.catalogKey, i.name, i.authorizedBy, i.scopes.length])).toEqual([
      ['google-workspace', 'Zoom', 'maria.gonzalez@acme.example', 2],
      ['google-workspace', 'Grammar Helper', 'maria.gonzalez@acme.example', 1],
      ['google-workspace', 'Zoom', '100000000000000000002', 1],
    ]);
  });

  it('refuses token lists that hold no token, unless a connector says it fetched the complete listing: then the scope lists nothing', async () => {
    const none = fixture('google-tokens', 'tokens', '3-new-hire.json');
    const refused = await importError(parseKind('google-tokens', none));
    expect(refused.message).toContain('no records: the export lists nothing');
    const batch = await parseKind('google-tokens', none, { emptyIsComplete: true });
    expect([batch.scope, batch.recordsRead, batch.complete, batch.integrations]).toEqual(['google-tokens:Google Workspace', 0, true, []]);
  });
});

describe('an empty complete listing from a connector', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attest-empty-listing-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives okta-grants and okta-app-users the scope a listing of some would have', async () => {
    writeFileSync(join(dir, '00u1-grants-1.json'), '[]');
    const grants = await parseKind('okta-grants', { path: join(dir, '00u1-grants-1.json'), name: 'grants' }, { emptyIsComplete: true });
    expect([grants.scope, grants.recordsRead, grants.complete]).toEqual(['okta-grants', 0, true]);
    await importError(parseKind('okta-grants', { path: join(dir, '00u1-grants-1.json'), name: 'grants' }));

    writeFileSync(join(dir, 'apps-1.json'), '[]');
    const apps = await parseKind('okta-app-users', { path: join(dir, 'apps-1.json'), name: 'apps' }, { emptyIsComplete: true });
    expect([apps.scope, apps.recordsRead, apps.complete, apps.assignments]).toEqual(['okta-app-users', 0, true, []]);
  });
});

describe('scim', () => {
  it('reads Users and Groups from a ListResponse, resolving the enterprise manager', async () => {
    const batch = await parseKind('scim', fixture('scim', 'list.json'));
    expect(batch.identities.map((i) => [i.login, i.email, i.status, i.employeeNumber, i.manager])).toEqual([
      ['maria.gonzalez@acme.example', 'maria.gonzalez@acme.example', 'active', '1001', null],
      ['tom.becker@acme.example', 'tom.becker@acme.example', 'active', '1002', 'maria.gonzalez@acme.example'],
      ['lee.wong@acme.example', 'lee.wong@acme.example', 'suspended', '1004', null],
    ]);
    expect(batch.groups).toEqual([
      {
        idp: 'scim',
        externalId: 'e9e30dba-f08f-4109-8486-d5c6a331660a',
        name: 'Engineering',
        memberExternalIds: ['902c246b-6245-4190-8e05-00816be7344a', 'b1f0a1d4-0000-4000-8000-000000000003'],
      },
    ]);
  });

  it('takes a listing that holds fewer resources than totalResults as one page of more', async () => {
    const batch = await parseKind('scim', fixture('scim', 'short.json'));
    expect(batch.complete).toBe(false);
    expect(batch.notes.join('\n')).toContain('says totalResults 10, but the pages hold 4 resources');
  });
});

describe('catalog lookups', () => {
  it('uses --catalog to pick an entry by key', async () => {
    const catalog = new Catalog(loadCatalog().entries);
    const batch = await parseKind('okta-app-users', fixture('okta-app-users', 'app-users.json'), {
      app: 'Acme Jira',
      catalogKey: 'atlassian-jira',
      catalog,
    });
    expect(batch.assignments[0]?.app).toEqual({ name: 'Acme Jira', catalogKey: 'atlassian-jira', plan: null });
  });
});

describe('paged and empty listings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attest-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, body: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(body));
    return { path, name };
  };

  it('a Google page with nextPageToken is partial; the same users as the last page are complete', async () => {
    const user = { kind: 'admin#directory#user', id: '1', primaryEmail: 'ann@acme.example', lastLoginTime: '2026-11-01T10:00:00.000Z' };
    const page = await parseKind(
      'google-users',
      file('google-page.json', { kind: 'admin#directory#users', users: [user], nextPageToken: 'next' }),
    );
    expect(page.complete).toBe(false);
    expect(page.notes.join('\n')).toContain('has nextPageToken');
    const last = await parseKind('google-users', file('google-last.json', { kind: 'admin#directory#users', users: [user] }));
    expect(last.complete).toBe(true);
  });

  it('an empty SCIM ListResponse is a complete listing of nothing, in the scope of its source', async () => {
    const batch = await parseKind(
      'scim',
      file('scim-empty.json', { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [] }),
      { app: 'Okta SCIM' },
    );
    expect(batch).toMatchObject({ scope: 'scim:okta-scim', complete: true, identities: [], groups: [] });
  });

  it('two SCIM sources with the same resource id are two users, and group members stay within their source', async () => {
    const listing = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 2,
      Resources: [
        { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id: '1', userName: 'ann@acme.example' },
        { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: '9', displayName: 'Staff', members: [{ value: '1' }] },
      ],
    };
    const okta = await parseKind('scim', file('scim-a.json', listing), { app: 'Okta SCIM' });
    const entra = await parseKind('scim', file('scim-b.json', listing), { app: 'Entra SCIM' });
    expect(okta.identities[0]?.externalId).toBe('okta-scim/1');
    expect(entra.identities[0]?.externalId).toBe('entra-scim/1');
    expect(okta.groups[0]?.memberExternalIds).toEqual(['okta-scim/1']);
  });
});
