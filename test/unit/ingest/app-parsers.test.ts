import { describe, expect, it } from 'vitest';

import { fixture, importError, parseKind } from './helpers.js';

describe('slack-users', () => {
  it('maps roles, guests, invited and deleted users, and leaves bots out', async () => {
    const batch = await parseKind('slack-users', fixture('slack-users', 'users.list.json'));
    expect(batch.scope).toBe('slack-users:Slack');
    expect(batch.recordsRead).toBe(10);
    expect(batch.accounts.map((a) => [a.externalId, a.status, a.roles, a.seatType])).toEqual([
      ['U01PRIMARY1', 'active', ['Primary Owner'], 'Full member'],
      ['U01OWNER002', 'active', ['Workspace Owner'], 'Full member'],
      ['U01ADMIN003', 'active', ['Workspace Admin'], 'Full member'],
      ['U01MEMBER04', 'active', ['Member'], 'Full member'],
      ['U01GUESTMC5', 'active', ['Multi-Channel Guest'], 'Multi-Channel Guest'],
      ['U01GUESTSC6', 'active', ['Single-Channel Guest'], 'Single-Channel Guest'],
      ['U01INVITED7', 'invited', ['Member'], 'Full member'],
      ['U01DELETED8', 'deactivated', ['Member'], 'Full member'],
    ]);
    expect(batch.accounts[0]).toMatchObject({
      app: { name: 'Slack', catalogKey: 'slack' },
      email: 'maria.gonzalez@acme.example',
      username: 'maria',
      displayName: 'Maria Gonzalez',
      activityKnown: false,
    });
    expect(batch.accounts[6]).toMatchObject({ invitedAt: '2024-06-25T07:20:00.000Z', vendorStatus: 'invited' });
    expect(batch.accounts[7]).toMatchObject({ vendorStatus: 'deleted', invitedAt: null });
    expect(batch.notes.join('\n')).toContain('2 bot user(s) left out');
  });
});

describe('github-members', () => {
  it('reads { members, admins, invitations }: admins are Owners, invitations invited', async () => {
    const batch = await parseKind('github-members', fixture('github-members', 'org.json'));
    expect(batch.accounts.map((a) => [a.username, a.email, a.status, a.roles, a.invitedAt])).toEqual([
      ['mgonzalez', null, 'active', ['Owner'], null],
      ['tbecker-acme', null, 'active', ['Owner'], null],
      ['priya-dev', null, 'active', ['Member'], null],
      ['ana-silva', null, 'active', ['Member'], null],
      [null, 'new.hire@acme.example', 'invited', ['Member'], '2024-06-26T09:00:00.000Z'],
      ['octo-contractor', null, 'invited', ['Owner'], '2024-06-20T09:00:00.000Z'],
    ]);
    expect(batch.accounts[0]).toMatchObject({ externalId: '583231', app: { name: 'GitHub', catalogKey: 'github' }, activityKnown: false });
  });

  it('reads the same from a folder of members.json, admins.json and invitations.json', async () => {
    const folder = await parseKind('github-members', fixture('github-members', 'folder'));
    const single = await parseKind('github-members', fixture('github-members', 'org.json'));
    expect(folder.accounts).toEqual(single.accounts);
  });

  it('reads outside-collaborators*.json as active Outside collaborator accounts, and refuses a login listed as both', async () => {
    const members = fixture('github-members', 'folder', 'members.json');
    const outside = fixture('github-members', 'published', 'outside-collaborators.json');
    const batch = await parseKind('github-members', [members, outside]);
    expect(batch.accounts.map((a) => [a.username, a.status, a.roles, a.rolesKnown])).toContainEqual([
      'octocat',
      'active',
      ['Outside collaborator'],
      true,
    ]);
    expect(batch.accounts.filter((a) => a.roles.includes('Outside collaborator'))).toHaveLength(1);
    const both = await importError(parseKind('github-members', [fixture('github-members', 'published', 'org', 'members.json'), outside]));
    expect(both.message).toContain('"octocat" is listed both as a member and as an outside collaborator');
  });

  it('takes a members list with no way to tell owners as members whose role is unknown', async () => {
    const batch = await parseKind('github-members', fixture('github-members', 'members-only.json'));
    expect(batch.accounts.length).toBeGreaterThan(0);
    expect(batch.accounts.every((a) => a.rolesKnown === false && a.roles.length === 0)).toBe(true);
    expect(batch.notes.join('\n')).toContain('their role is unknown');
  });
});

describe('atlassian-csv', () => {
  it('makes one app per product and site; Active + Never accessed is an invite', async () => {
    const batch = await parseKind('atlassian-csv', fixture('atlassian-csv', 'export.csv'));
    const rows = batch.accounts.map((a) => [a.app.name, a.email, a.status, a.roles, a.seatType, a.lastActiveAt]);
    expect(rows).toEqual([
      [
        'Jira (acme)',
        'maria.gonzalez@acme.example',
        'active',
        ['Organization admin', 'Product user'],
        'Product user',
        '2024-06-28T00:00:00.000Z',
      ],
      [
        'Confluence (acme)',
        'maria.gonzalez@acme.example',
        'active',
        ['Organization admin', 'Product user'],
        'Product user',
        '2024-06-27T00:00:00.000Z',
      ],
      ['Jira (acme)', 'tom.becker@acme.example', 'active', ['App admin'], 'Product user', '2024-06-29T00:00:00.000Z'],
      ['Confluence (acme)', 'tom.becker@acme.example', 'invited', ['Product user'], 'Product user', null],
      ['Jira (acme)', 'new.hire@acme.example', 'invited', ['Product user'], 'Product user', null],
      ['Confluence (acme)', 'new.hire@acme.example', 'invited', ['Product user'], 'Product user', null],
      ['Jira (acme)', 'priya.shah@acme.example', 'active', ['Product user'], 'Product user', '2023-12-14T00:00:00.000Z'],
      ['Confluence (acme)', 'priya.shah@acme.example', 'active', ['Basic'], 'Basic', '2024-05-02T00:00:00.000Z'],
      ['Jira (acme)', 'chris.park@acme.example', 'suspended', ['Product user'], 'Product user', '2024-01-15T00:00:00.000Z'],
      ['Jira (acme)', 'lee.wong@acme.example', 'deactivated', ['Product user'], 'Product user', '2023-12-13T00:00:00.000Z'],
      ['Confluence (acme)', 'lee.wong@acme.example', 'deactivated', ['Product user'], 'Product user', '2023-12-11T00:00:00.000Z'],
      ['Confluence (acme)', 'vendor.pm@partner.example', 'invited', ['Guest'], 'Guest', null],
    ]);
    expect(batch.accounts[4]).toMatchObject({
      invitedAt: '2024-06-25T00:00:00.000Z',
      vendorStatus: 'Active (Never accessed)',
      externalId: '712020:9a4b1c2d-0000-4000-8000-000000000003',
    });
    expect(batch.accounts[0]?.app).toEqual({ name: 'Jira (acme)', catalogKey: 'atlassian-jira', plan: null });
    expect(batch.notes.join('\n')).toContain('"Jira Service Management - acme"');
  });

  it('keeps an org role or product access word Atlassian does not list as the role it names', async () => {
    const batch = await parseKind('atlassian-csv', fixture('atlassian-csv', 'custom-roles.csv'));
    expect(batch.accounts.map((a) => [a.email, a.roles, a.seatType])).toEqual([
      ['maria.gonzalez@acme.example', ['Billing administrator', 'Product user'], 'Product user'],
      ['tom.becker@acme.example', ['Project lead'], 'Product user'],
    ]);
  });
});

describe('accounts-csv', () => {
  it('reads a JetStack AI team export with counters and the catalog status words', async () => {
    const batch = await parseKind('accounts-csv', fixture('accounts-csv', 'jetstack.csv'), { app: 'JetStack AI' });
    expect(batch.scope).toBe('accounts-csv:JetStack AI');
    expect(batch.accounts.map((a) => [a.email, a.status, a.roles, a.lastActiveAt, a.counters])).toEqual([
      ['maria.gonzalez@acme.example', 'active', ['Owner'], '2024-06-28T08:00:00.000Z', { Imports: 1204, Deployments: 37, Audits: 12 }],
      ['tom.becker@acme.example', 'active', ['Admin'], '2024-06-20T14:30:00.000Z', { Imports: 512, Deployments: 20, Audits: 4 }],
      ['priya.shah@acme.example', 'active', ['Member'], null, { Imports: 0, Deployments: 0, Audits: 0 }],
      ['new.hire@acme.example', 'invited', ['Member'], null, {}],
      ['lee.wong@acme.example', 'deactivated', ['Member'], '2023-12-13T00:00:00.000Z', { Imports: 88, Deployments: 3 }],
    ]);
    expect(batch.accounts.every((a) => a.activityKnown && a.app.catalogKey === 'jetstack-ai')).toBe(true);
  });

  it('validates seat types and role profiles against the catalog; no last-active column means activity unknown', async () => {
    const batch = await parseKind('accounts-csv', fixture('accounts-csv', 'jestor.csv'), { app: 'Jestor' });
    expect(batch.accounts.map((a) => [a.email, a.seatType, a.roles, a.status, a.invitedAt, a.activityKnown])).toEqual([
      ['maria.gonzalez@acme.example', 'Builder', ['Admin'], 'active', null, false],
      ['tom.becker@acme.example', 'Member', ['User'], 'active', null, false],
      ['new.hire@acme.example', 'Member', ['User'], 'invited', '2024-06-26T00:00:00.000Z', false],
    ]);
  });

  it('keeps roles, seat types and status words the catalog does not know, read by their meaning', async () => {
    const batch = await parseKind('accounts-csv', fixture('accounts-csv', 'unknown-words.csv'), { app: 'JetStack AI' });
    expect(batch.accounts.map((a) => [a.email, a.roles, a.status, a.vendorStatus])).toEqual([
      ['maria.gonzalez@acme.example', ['Superuser'], 'active', 'Active'],
      ['tom.becker@acme.example', ['Admin'], 'suspended', 'Frozen'],
    ]);
    expect(batch.notes).toContain('Status words the catalog does not list for JetStack AI, read by their meaning: "Frozen" as suspended.');
  });

  it("matches the seed's own words through catalog aliases, ignoring case", async () => {
    const batch = await parseKind('accounts-csv', fixture('accounts-csv', 'jasper-seed-words.csv'), { app: 'Jasper' });
    expect(batch.accounts.map((a) => [a.email, a.roles, a.seatType])).toEqual([
      ['maria.gonzalez@acme.example', ['Admin'], 'Seat'],
      ['tom.becker@acme.example', ['Member'], 'Seat'],
      ['priya.shah@acme.example', ['Brand Manager'], 'Seat'],
      ['lee.wong@acme.example', ['Member'], 'Team seat'],
    ]);
  });

  it('needs --app; an app the catalog does not know is imported without a catalog entry, an unknown --catalog key is refused', async () => {
    const missing = await importError(parseKind('accounts-csv', fixture('accounts-csv', 'jestor.csv')));
    expect(missing.message).toContain('--app is required for accounts-csv');
    const outside = await parseKind('accounts-csv', fixture('accounts-csv', 'jestor.csv'), { app: 'Acme Wiki' });
    expect(outside.accounts.map((a) => [a.app, a.roles, a.seatType, a.status])[0]).toEqual([
      { name: 'Acme Wiki', catalogKey: null, plan: null },
      ['Admin'],
      'Builder',
      'active',
    ]);
    const typo = await importError(
      parseKind('accounts-csv', fixture('accounts-csv', 'jestor.csv'), { app: 'Acme Wiki', catalogKey: 'acme-wiki' }),
    );
    expect(typo.message).toContain('field "--catalog": unknown catalog key "acme-wiki"');
  });
});

describe('integrations', () => {
  it('reads a CSV, leaving disabled rows out', async () => {
    const batch = await parseKind('integrations', fixture('integrations', 'jasper.csv'));
    expect(batch.integrations).toEqual([
      {
        app: { name: 'Jasper', catalogKey: 'jasper', plan: null },
        name: 'SharePoint',
        mode: 'workspace',
        enabledBy: 'maria.gonzalez@acme.example',
        authorizedBy: null,
        enabledAt: '2024-01-10T00:00:00.000Z',
        lastUsedAt: '2024-06-28T09:00:00.000Z',
        scopes: ['Files.Read.All', 'Sites.Read.All'],
      },
      expect.objectContaining({ name: 'Semrush', mode: 'user', authorizedBy: 'tom.becker@acme.example' }),
      expect.objectContaining({ name: 'Semrush', mode: 'user', authorizedBy: 'lee.wong@acme.example' }),
    ]);
    expect(batch.notes).toContain('1 disabled or disconnected integration(s) left out.');
  });

  it('reads JSON with the same fields', async () => {
    const batch = await parseKind('integrations', fixture('integrations', 'slack.json'));
    expect(batch.integrations.map((i) => [i.app.catalogKey, i.name, i.mode, i.enabledBy, i.authorizedBy, i.enabledAt, i.scopes])).toEqual([
      [
        'slack',
        'Jira Cloud',
        'workspace',
        'maria.gonzalez@acme.example',
        null,
        '2023-09-01T10:00:00.000Z',
        ['channels:read', 'chat:write'],
      ],
      ['slack', 'Google Calendar', 'user', null, 'tom.becker@acme.example', '2023-12-14T00:00:00.000Z', ['users:read']],
    ]);
  });
});
