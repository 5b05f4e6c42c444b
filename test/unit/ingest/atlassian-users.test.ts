import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AccountIn } from '../../../server/ingest/model.js';
import { fixture, importError, parseKind } from './helpers.js';

const ORG = [fixture('atlassian-users', 'org')];
const day = (at: string | null): string | null => at?.slice(0, 10) ?? null;

describe('atlassian-users', () => {
  it('makes one account per product and site with its last active date; active but never used is an invite', async () => {
    const batch = await parseKind('atlassian-users', ORG);
    expect(batch.scope).toBe('atlassian-users:0ec1ea2b-6f27-4a5e-9d88-7c0d7c3c1a01');
    expect(batch.complete).toBe(true);
    expect(batch.recordsRead).toBe(8);
    expect(batch.accounts.map((a) => [a.app.name, a.email, a.status, a.vendorStatus, a.seatType, a.lastActiveAt])).toEqual([
      ['Jira (acme)', 'maria.gonzalez@acme.example', 'active', 'active', 'Product user', '2024-06-28T16:20:05.123Z'],
      ['Confluence (acme)', 'maria.gonzalez@acme.example', 'active', 'active', 'Product user', '2024-06-27T08:02:11.000Z'],
      ['Jira (acme)', 'tom.becker@acme.example', 'active', 'active', 'Product user', '2024-06-29T11:45:00.000Z'],
      ['Confluence (acme)', 'tom.becker@acme.example', 'invited', 'active (never accessed)', 'Product user', null],
      ['Jira (acme)', 'new.hire@acme.example', 'invited', 'active (never accessed)', 'Product user', null],
      ['Confluence (acme)', 'new.hire@acme.example', 'invited', 'active (never accessed)', 'Product user', null],
      ['Jira (acme)', 'priya.shah@acme.example', 'active', 'active', 'Product user', '2023-12-14T09:00:00.000Z'],
      ['Confluence (acme)', 'priya.shah@acme.example', 'active', 'active', 'Product user', '2024-05-02T13:30:00.000Z'],
      ['Jira (acme)', 'lee.wong@acme.example', 'deactivated', 'inactive', 'Basic', '2023-12-13T17:05:00.000Z'],
      ['Confluence (acme)', 'lee.wong@acme.example', 'deactivated', 'inactive', 'Basic', '2023-12-11T10:10:00.000Z'],
      ['Confluence (acme)', 'vendor.pm@partner.example', 'invited', 'active (never accessed)', 'Basic', null],
      ['Jira Align (acme-align)', 'sam.rivera@acme.example', 'active', 'active', null, '2024-06-20T09:15:00.000Z'],
    ]);
    expect(batch.accounts[0]).toMatchObject({
      app: { name: 'Jira (acme)', catalogKey: 'atlassian-jira', plan: null },
      externalId: '5b10a2844c20165700ede21g',
      displayName: 'Maria Gonzalez',
      kind: 'human',
      roles: ['Product user'],
      rolesKnown: false,
      activityKnown: true,
    });
    // A product key Atlassian's list lacks is the customer's word: an app outside the catalog.
    expect(batch.accounts.at(-1)?.app).toEqual({ name: 'Jira Align (acme-align)', catalogKey: null, plan: null });
    expect(batch.notes).toEqual(
      expect.arrayContaining([
        'Products without a catalog entry were not imported: Jira Service Management (acme).',
        '1 user(s) have no product access: no account.',
      ]),
    );
  });

  it('gives the accounts the CSV export gives for the same people: apps, ids, names, statuses and last active days', async () => {
    const api = await parseKind('atlassian-users', ORG);
    const csv = await parseKind('atlassian-csv', fixture('atlassian-csv', 'export.csv'));
    const facts = (a: AccountIn) => [a.app.name, a.app.catalogKey, a.externalId, a.email, a.displayName, a.status, day(a.lastActiveAt)];
    // The API knows no suspension (Chris Park is suspended in the export) and lists Sam Rivera's Jira Align, which the export lacks.
    const people = new Set(api.accounts.map((a) => a.externalId));
    const fromCsv = csv.accounts.filter((a) => people.has(a.externalId)).map(facts);
    const fromApi = api.accounts.filter((a) => a.app.catalogKey !== null).map(facts);
    expect(fromApi).toEqual(fromCsv);
    expect(fromApi).toHaveLength(11);
  });

  it('reads a single page with links.next as a partial listing that marks nothing removed', async () => {
    const batch = await parseKind('atlassian-users', fixture('atlassian-users', 'org', 'users-1.json'));
    expect(batch.complete).toBe(false);
    expect(batch.notes.join('\n')).toContain('Partial listing: atlassian-users/org/users-1.json, the last page given, has links.next');
  });

  it('refuses a malformed page whole, naming file, record, field and what was expected', async () => {
    const error = await importError(
      parseKind('atlassian-users', [
        fixture('atlassian-users', 'org', 'users-1.json'),
        fixture('atlassian-users', 'bad', 'malformed-page.json'),
      ]),
    );
    expect(error.problems).toEqual([
      {
        file: 'atlassian-users/bad/malformed-page.json',
        record: '0 (id 5b10ac8d82e05b22cc7d4ef8)',
        field: 'account_status',
        message: 'expected a string, found number 3',
      },
      {
        file: 'atlassian-users/bad/malformed-page.json',
        record: '1 (id 557058:0c1d2e3f-0000-4000-8000-000000000009)',
        field: 'product_access.0.url',
        message: 'required field missing: expected a string',
      },
      {
        file: 'atlassian-users/bad/malformed-page.json',
        record: '2 (id 712020:5e6f7a8b-0000-4000-8000-000000000010)',
        field: 'product_access',
        message: 'expected an array, found an object',
      },
    ]);
  });

  it('tells the users (data[] saved alone) given as another kind, and the CSV export given as atlassian-users, for what they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-atlassian-users-'));
    try {
      const page = z
        .object({ data: z.array(z.unknown()) })
        .parse(JSON.parse(readFileSync(fixture('atlassian-users', 'org', 'users-1.json').path, 'utf8')));
      writeFileSync(join(dir, 'data.json'), JSON.stringify(page.data));
      const asOkta = await importError(parseKind('okta-users', { path: join(dir, 'data.json'), name: 'data.json' }));
      expect(asOkta.message).toContain(
        'this looks like an Atlassian organization users listing (GET /admin/v1/orgs/{orgId}/users) (kind atlassian-users), not okta-users',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const csv = await importError(parseKind('atlassian-users', fixture('atlassian-csv', 'export.csv')));
    expect(csv.message).toContain('this looks like an Atlassian Cloud user export (CSV, kind atlassian-csv), not atlassian-users');
  });

  it('refuses Atlassian\'s reference example: its values are placeholders ("<string>"), not an email, a site or a date', async () => {
    const error = await importError(parseKind('atlassian-users', fixture('atlassian-users', 'published', 'users-reference-example.json')));
    expect(error.problems.map((p) => [p.record, p.field])).toEqual([
      ['0 (id <string>)', 'email'],
      ['0 (id <string>)', 'last_active'],
      ['0 (id <string>)', 'product_access.0.last_active'],
      ['0 (id <string>)', 'product_access.0.url'],
    ]);
  });
});
