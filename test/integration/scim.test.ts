import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, revokeApiToken, verifyApiToken } from '../../server/auth/tokens.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { createScimRouter } from '../../server/scim/router.js';
import { freshGraph } from '../support/graph.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

type Body = Record<string, unknown>;

interface Reply {
  status: number;
  contentType: string | null;
  location: string | null;
  body: Body;
}

describe('SCIM 2.0 service provider', () => {
  let connection: GraphConnection;
  let server: Server;
  let base: string;
  let token: string;

  async function call(
    method: string,
    path: string,
    body?: unknown,
    options: { token?: string | null; contentType?: string; raw?: string } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = {};
    const bearer = options.token === undefined ? token : options.token;
    if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined || options.raw !== undefined) headers['content-type'] = options.contentType ?? 'application/scim+json';
    const response = await fetch(`${base}${path}`, {
      method,
      headers,
      body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      location: response.headers.get('location'),
      body: text ? (JSON.parse(text) as Body) : {},
    };
  }

  const listOf = (reply: Reply): Body[] => reply.body.Resources as Body[];

  async function createUser(userName: string, extra: Body = {}): Promise<Body> {
    const reply = await call('POST', '/Users', { schemas: [USER], userName, ...extra });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return reply.body;
  }

  async function identity(id: string): Promise<Body> {
    const [row] = await connection.graph.read(
      `MATCH (i:Identity {id: $id}) RETURN i {.idp, .source, .login, .email, .displayName, .employeeNumber, .manager, .status, .externalId, removedAt: toString(i.removedAt), firstSeenAt: toString(i.firstSeenAt)} AS identity`,
      { id },
    );
    return (row?.identity ?? {}) as Body;
  }

  /** Runs `work` with "now" pinned (ATTEST_NOW), so timestamps can be compared exactly. */
  async function atTime<T>(at: string, work: () => Promise<T>): Promise<T> {
    process.env.ATTEST_NOW = at;
    try {
      return await work();
    } finally {
      delete process.env.ATTEST_NOW;
    }
  }

  beforeAll(async () => {
    connection = await freshGraph();
    ({ token } = await createApiToken(connection.graph, 'scim', 'integration test'));
    const app = express();
    app.use('/scim/v2', createScimRouter(connection.graph));
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/scim/v2`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connection.close();
  });

  describe('authentication', () => {
    it('refuses a request without a token with 401 and a SCIM error', async () => {
      const reply = await call('GET', '/Users', undefined, { token: null });
      expect(reply.status).toBe(401);
      expect(reply.body).toMatchObject({ schemas: [ERROR], status: '401' });
      expect(reply.body.detail).toContain('Authorization: Bearer');
    });

    it('refuses a wrong token, a malformed header and a revoked token', async () => {
      expect((await call('GET', '/Users', undefined, { token: `att_${'A'.repeat(43)}` })).status).toBe(401);
      expect((await call('GET', '/Users', undefined, { token: 'not-a-token' })).status).toBe(401);
      const revoked = await createApiToken(connection.graph, 'scim');
      expect((await call('GET', '/Users', undefined, { token: revoked.token })).status).toBe(200);
      expect(await revokeApiToken(connection.graph, revoked.id)).toBe(true);
      expect((await call('GET', '/Users', undefined, { token: revoked.token })).status).toBe(401);
    });

    it('stores only the hash of a token and records its use', async () => {
      const created = await createApiToken(connection.graph, 'scim', 'hash check');
      expect(created.token).toMatch(/^att_[A-Za-z0-9_-]{43}$/);
      expect(await verifyApiToken(connection.graph, created.token, 'scim')).toEqual({ id: created.id, scope: 'scim', label: 'hash check' });
      const [row] = await connection.graph.read(
        'MATCH (t:ApiToken {id: $id}) RETURN t.hash AS hash, t.lastUsedAt IS NOT NULL AS used, [k IN keys(t) WHERE t[k] = $token] AS leaks',
        { id: created.id, token: created.token },
      );
      expect(row).toMatchObject({ used: true, leaks: [] });
      expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  describe('discovery', () => {
    it('ServiceProviderConfig states what is supported', async () => {
      const reply = await call('GET', '/ServiceProviderConfig');
      expect(reply.status).toBe(200);
      expect(reply.contentType).toMatch(/^application\/scim\+json/);
      expect(reply.body).toMatchObject({
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 200 },
        sort: { supported: false },
        etag: { supported: false },
        changePassword: { supported: false },
        authenticationSchemes: [{ type: 'oauthbearertoken', primary: true }],
      });
    });

    it('ResourceTypes lists User (with the enterprise extension) and Group', async () => {
      const reply = await call('GET', '/ResourceTypes');
      expect(reply.body).toMatchObject({ schemas: [LIST], totalResults: 2 });
      expect(listOf(reply)).toMatchObject([
        { id: 'User', endpoint: '/Users', schema: USER, schemaExtensions: [{ schema: ENTERPRISE, required: false }] },
        { id: 'Group', endpoint: '/Groups', schema: GROUP },
      ]);
      expect((await call('GET', '/ResourceTypes/Group')).body).toMatchObject({ id: 'Group', meta: { resourceType: 'ResourceType' } });
    });

    it('Schemas describes User, EnterpriseUser and Group, one by one too', async () => {
      const reply = await call('GET', '/Schemas');
      expect(listOf(reply).map((schema) => schema.id)).toEqual([USER, ENTERPRISE, GROUP]);
      const user = await call('GET', `/Schemas/${USER}`);
      const attributes = user.body.attributes as Body[];
      expect(attributes.find((attribute) => attribute.name === 'userName')).toMatchObject({
        required: true,
        uniqueness: 'server',
        caseExact: false,
      });
      expect(attributes.find((attribute) => attribute.name === 'emails')).toMatchObject({ multiValued: true, type: 'complex' });
      expect((await call('GET', '/Schemas/urn:nothing')).status).toBe(404);
    });
  });

  describe('users', () => {
    it('creates a user: 201, Location, meta, and an Identity the rest of Attest reads', async () => {
      const reply = await call('POST', '/Users', {
        schemas: [USER, ENTERPRISE],
        externalId: '00u-okta-1',
        userName: 'Barbara.Jensen@acme.com',
        name: { givenName: 'Barbara', familyName: 'Jensen' },
        emails: [{ value: 'barbara.jensen@acme.com', type: 'work', primary: true }],
        active: true,
        password: 'never stored',
        [ENTERPRISE]: { employeeNumber: 'E-1001', manager: { value: 'mgr-1' } },
      });
      expect(reply.status).toBe(201);
      const id = reply.body.id as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(reply.location).toBe(`${base}/Users/${id}`);
      expect(reply.body).toMatchObject({
        schemas: [USER, ENTERPRISE],
        userName: 'Barbara.Jensen@acme.com',
        meta: { resourceType: 'User', location: `${base}/Users/${id}` },
      });
      expect(reply.body.password).toBeUndefined();
      await expect(identity(id)).resolves.toMatchObject({
        idp: 'scim',
        source: 'scim',
        login: 'barbara.jensen@acme.com',
        email: 'barbara.jensen@acme.com',
        displayName: 'Barbara Jensen',
        employeeNumber: 'E-1001',
        manager: 'mgr-1',
        status: 'active',
        externalId: '00u-okta-1',
        removedAt: null,
      });
      const get = await call('GET', `/Users/${id}`);
      expect(get.status).toBe(200);
      expect(get.body).toEqual(reply.body);
    });

    it('answers 409 uniqueness for a duplicate userName, ignoring case', async () => {
      await createUser('dup@acme.com');
      const reply = await call('POST', '/Users', { schemas: [USER], userName: 'DUP@acme.com' });
      expect(reply.status).toBe(409);
      expect(reply.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    });

    it('answers 400 invalidSyntax for a body that is not JSON', async () => {
      const reply = await call('POST', '/Users', undefined, { raw: '{"schemas": [' });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidSyntax' });
      expect(reply.body.detail).toContain('not valid JSON');
    });

    it('accepts application/json bodies and refuses other content types', async () => {
      expect(
        (await call('POST', '/Users', { schemas: [USER], userName: 'json@acme.com' }, { contentType: 'application/json' })).status,
      ).toBe(201);
      expect((await call('POST', '/Users', undefined, { raw: 'userName=x', contentType: 'text/plain' })).status).toBe(415);
    });

    it('answers 400 for an unknown or missing schema, naming it', async () => {
      const unknown = await call('POST', '/Users', { schemas: [USER, 'urn:example:params:scim:schemas:Custom'], userName: 'x@acme.com' });
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ scimType: 'invalidValue' });
      expect(unknown.body.detail).toContain('urn:example:params:scim:schemas:Custom');
      const missing = await call('POST', '/Users', { userName: 'x@acme.com' });
      expect(missing.body).toMatchObject({ status: '400', scimType: 'invalidSyntax' });
      expect(missing.body.detail).toContain(USER);
    });

    it('answers 413 for a body over 1 MB', async () => {
      const reply = await call('POST', '/Users', { schemas: [USER], userName: 'big@acme.com', title: 'x'.repeat(1_100_000) });
      expect(reply.status).toBe(413);
    });

    it('lists with filters: eq fast path, operators, value paths, extension attributes', async () => {
      await createUser('ann@filter.test', {
        externalId: 'ext-ann',
        name: { familyName: 'Archer' },
        title: 'Engineer',
        emails: [{ value: 'ann@acme.com', type: 'work' }],
      });
      await createUser('bob@filter.test', {
        name: { familyName: 'Baker' },
        title: 'Manager',
        emails: [{ value: 'bob@home.org', type: 'home' }],
      });
      await createUser('cat@filter.test', {
        schemas: [USER, ENTERPRISE],
        name: { familyName: 'Carter' },
        emails: [
          { value: 'cat@acme.com', type: 'work' },
          { value: 'cat@home.org', type: 'home' },
        ],
        [ENTERPRISE]: { employeeNumber: 'E-3' },
      });
      const names = async (filter: string): Promise<string[]> => {
        const reply = await call('GET', `/Users?filter=${encodeURIComponent(`userName ew "@filter.test" and (${filter})`)}`);
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        return listOf(reply)
          .map((user) => user.userName as string)
          .sort();
      };
      const fastPath = await call('GET', `/Users?filter=${encodeURIComponent('userName eq "ANN@filter.test"')}`);
      expect(listOf(fastPath).map((user) => user.userName)).toEqual(['ann@filter.test']);
      const byExternalId = await call('GET', `/Users?filter=${encodeURIComponent('externalId eq "ext-ann"')}`);
      expect(listOf(byExternalId).map((user) => user.userName)).toEqual(['ann@filter.test']);
      expect(await names('userName sw "b" or userName sw "c"')).toEqual(['bob@filter.test', 'cat@filter.test']);
      expect(await names('emails[type eq "work" and value co "@acme.com"] and not (emails[type eq "home"])')).toEqual(['ann@filter.test']);
      expect(await names('name.familyName gt "Baker"')).toEqual(['cat@filter.test']);
      expect(await names('name.familyName le "baker"')).toEqual(['ann@filter.test', 'bob@filter.test']);
      expect(await names(`${ENTERPRISE}:employeeNumber eq "E-3"`)).toEqual(['cat@filter.test']);
      expect(await names('title pr and (title eq "engineer" or title eq "manager")')).toEqual(['ann@filter.test', 'bob@filter.test']);
      expect(await names('title ne "Engineer"')).toEqual(['bob@filter.test', 'cat@filter.test']);
      expect(await names('emails co "@home.org"')).toEqual(['bob@filter.test', 'cat@filter.test']);
      expect(await names('meta.created ge "2000-01-01T00:00:00Z"')).toEqual(['ann@filter.test', 'bob@filter.test', 'cat@filter.test']);
    });

    it('returns 200 with an empty list for a filter that matches nobody', async () => {
      const reply = await call('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody"')}`);
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({ schemas: [LIST], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
    });

    it('answers 400 invalidFilter with the position for a bad filter', async () => {
      const reply = await call('GET', `/Users?filter=${encodeURIComponent('userName "bjensen"')}`);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidFilter' });
      expect(reply.body.detail).toContain("expected an operator after 'userName' at position 9");
    });

    it('pages with startIndex and count, with and without a filter', async () => {
      for (const n of [1, 2, 3, 4, 5]) await createUser(`page${n}@paging.test`);
      const all = await call('GET', '/Users?count=200');
      const total = all.body.totalResults as number;
      const first = await call('GET', '/Users?startIndex=1&count=2');
      const second = await call('GET', '/Users?startIndex=3&count=2');
      expect(first.body).toMatchObject({ totalResults: total, startIndex: 1, itemsPerPage: 2 });
      expect(second.body).toMatchObject({ totalResults: total, startIndex: 3, itemsPerPage: 2 });
      expect([...listOf(first), ...listOf(second)].map((user) => user.id)).toEqual(
        listOf(all)
          .slice(0, 4)
          .map((user) => user.id),
      );
      const filtered = await call('GET', `/Users?filter=${encodeURIComponent('userName ew "@paging.test"')}&startIndex=2&count=2`);
      expect(filtered.body).toMatchObject({ totalResults: 5, startIndex: 2, itemsPerPage: 2 });
      const none = await call('GET', '/Users?count=0');
      expect(none.body).toMatchObject({ totalResults: total, itemsPerPage: 0, Resources: [] });
    });

    it('honours attributes and excludedAttributes on lists and reads', async () => {
      const user = await createUser('proj@acme.com', {
        name: { givenName: 'Pro', familyName: 'Jection' },
        emails: [{ value: 'proj@acme.com', type: 'work' }],
      });
      const only = await call('GET', `/Users/${user.id as string}?attributes=userName,name.familyName`);
      expect(only.body).toEqual({ schemas: [USER], id: user.id, userName: 'proj@acme.com', name: { familyName: 'Jection' } });
      const without = await call(
        'GET',
        `/Users?filter=${encodeURIComponent('userName eq "proj@acme.com"')}&excludedAttributes=emails,meta`,
      );
      expect(listOf(without)[0]).toEqual({
        schemas: [USER],
        id: user.id,
        userName: 'proj@acme.com',
        name: { givenName: 'Pro', familyName: 'Jection' },
      });
    });

    it('replaces a user with PUT, keeping created and the id', async () => {
      await createUser('put.taken@acme.com');
      const user = await createUser('put@acme.com', { title: 'Old', nickName: 'P' });
      const reply = await call('PUT', `/Users/${user.id as string}`, {
        schemas: [USER],
        id: 'ignored',
        userName: 'put.renamed@acme.com',
        title: 'New',
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ id: user.id, userName: 'put.renamed@acme.com', title: 'New' });
      expect(reply.body.nickName).toBeUndefined();
      expect((reply.body.meta as Body).created).toBe((user.meta as Body).created);
      await expect(identity(user.id as string)).resolves.toMatchObject({ login: 'put.renamed@acme.com' });
      expect((await call('PUT', '/Users/no-such-id', { schemas: [USER], userName: 'x' })).status).toBe(404);
      expect((await call('PUT', `/Users/${user.id as string}`, { schemas: [USER], userName: 'PUT.TAKEN@ACME.COM' })).status).toBe(409);
    });

    it("deactivates with Okta's PATCH active=false (identity suspended) and reactivates", async () => {
      const user = await createUser('okta@acme.com', { active: true });
      const id = user.id as string;
      const off = await call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: false } }] });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      await expect(identity(id)).resolves.toMatchObject({ status: 'suspended' });
      await call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: true } }] });
      await expect(identity(id)).resolves.toMatchObject({ status: 'active' });
    });

    it("applies Entra's capitalised ops with paths, value filters and the enterprise extension", async () => {
      const user = await createUser('entra@acme.com', { emails: [{ value: 'old@acme.com', type: 'work', primary: true }] });
      const id = user.id as string;
      const reply = await call('PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [
          { op: 'Replace', path: 'emails[type eq "work"].value', value: 'new@acme.com' },
          { op: 'Add', path: 'name.givenName', value: 'Entra' },
          { op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: 'E-77' },
          { op: 'Replace', path: 'active', value: 'False' },
          { op: 'Remove', path: 'emails[type eq "home"]' },
        ],
      });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body).toMatchObject({
        schemas: [USER, ENTERPRISE],
        emails: [{ value: 'new@acme.com', type: 'work', primary: true }],
        name: { givenName: 'Entra' },
        active: false,
        [ENTERPRISE]: { employeeNumber: 'E-77' },
      });
      await expect(identity(id)).resolves.toMatchObject({ email: 'new@acme.com', employeeNumber: 'E-77', status: 'suspended' });
      const bad = await call('PATCH', `/Users/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Replace', path: 'emails[type "work"]', value: 'x' }],
      });
      expect(bad.body).toMatchObject({ status: '400', scimType: 'invalidPath' });
    });

    it('a PATCH that adds what is already there leaves meta.lastModified alone; one with a path and no value is 400', async () => {
      const user = await atTime('2026-01-05T09:00:00Z', () =>
        createUser('same@acme.com', { name: { givenName: 'Sam' }, emails: [{ value: 'same@acme.com', type: 'work' }] }),
      );
      const id = user.id as string;
      const created = (user.meta as Body).lastModified;
      const again = await atTime('2026-01-06T09:00:00Z', () =>
        call('PATCH', `/Users/${id}`, {
          schemas: [PATCH],
          Operations: [
            { op: 'add', path: 'emails', value: [{ value: 'same@acme.com', type: 'work' }] },
            { op: 'add', path: 'name.givenName', value: 'Sam' },
          ],
        }),
      );
      expect(again.status, JSON.stringify(again.body)).toBe(200);
      expect((again.body.meta as Body).lastModified).toBe(created);
      expect((await call('GET', `/Users/${id}`)).body.meta).toMatchObject({ lastModified: created });

      const noValue = await call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', path: 'name.givenName' }] });
      expect(noValue.status).toBe(400);
      expect(noValue.body).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidValue' });
      expect((await call('GET', `/Users/${id}`)).body.name).toEqual({ givenName: 'Sam' });

      const changed = await atTime('2026-01-07T09:00:00Z', () =>
        call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'add', path: 'name.givenName', value: 'Samuel' }] }),
      );
      expect((changed.body.meta as Body).lastModified).toBe('2026-01-07T09:00:00.000Z');
    });

    it('deletes: 204, then 404 and gone from lists, with the identity kept as deprovisioned', async () => {
      const user = await createUser('leaver@acme.com');
      const id = user.id as string;
      const reply = await call('DELETE', `/Users/${id}`);
      expect(reply.status).toBe(204);
      const get = await call('GET', `/Users/${id}`);
      expect(get.status).toBe(404);
      expect(get.body).toMatchObject({ schemas: [ERROR], status: '404' });
      expect(listOf(await call('GET', `/Users?filter=${encodeURIComponent('userName eq "leaver@acme.com"')}`))).toEqual([]);
      expect(listOf(await call('GET', '/Users?count=200')).map((listed) => listed.id)).not.toContain(id);
      await expect(identity(id)).resolves.toMatchObject({ status: 'deprovisioned', login: 'leaver@acme.com' });
      expect((await identity(id)).removedAt).not.toBeNull();
      expect((await call('DELETE', `/Users/${id}`)).status).toBe(404);
      expect(
        (await call('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: true } }] })).status,
      ).toBe(404);
      // The userName is free again.
      expect((await call('POST', '/Users', { schemas: [USER], userName: 'leaver@acme.com' })).status).toBe(201);
    });

    it('answers 404 for unknown ids and endpoints', async () => {
      expect((await call('GET', '/Users/00000000-0000-0000-0000-000000000000')).status).toBe(404);
      expect((await call('GET', '/Nothing')).status).toBe(404);
    });

    it('answers 405 for a method an endpoint lacks and 501 for what is not implemented', async () => {
      expect((await call('DELETE', '/Users')).body).toMatchObject({ schemas: [ERROR], status: '405' });
      expect((await call('POST', '/Schemas', { schemas: [USER] })).status).toBe(405);
      expect((await call('POST', '/Bulk', { schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'] })).status).toBe(501);
      expect((await call('POST', '/Users/.search', { schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'] })).status).toBe(501);
    });
  });

  describe('groups', () => {
    it('creates a group with members, adds and removes members by PATCH, lists and deletes', async () => {
      const alice = await createUser('alice@groups.test', { displayName: 'Alice' });
      const bruno = await createUser('bruno@groups.test', { displayName: 'Bruno' });
      const chen = await createUser('chen@groups.test', { displayName: 'Chen' });
      const created = await call('POST', '/Groups', {
        schemas: [GROUP],
        displayName: 'Engineering',
        externalId: 'okta-g1',
        members: [{ value: alice.id }],
      });
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      expect(created.location).toBe(`${base}/Groups/${id}`);
      expect(created.body.members).toEqual([
        { value: alice.id, $ref: `${base}/Users/${alice.id as string}`, display: 'Alice', type: 'User' },
      ]);

      const added = await call('PATCH', `/Groups/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'Add', path: 'members', value: [{ value: bruno.id }, { value: chen.id }] }],
      });
      expect(added.status).toBe(204);
      const memberIds = async (): Promise<unknown[]> =>
        (((await call('GET', `/Groups/${id}`)).body.members as Body[] | undefined) ?? []).map((member) => member.value);
      expect(await memberIds()).toEqual([alice.id, bruno.id, chen.id].sort());

      const removed = await call('PATCH', `/Groups/${id}?excludedAttributes=members`, {
        schemas: [PATCH],
        Operations: [{ op: 'remove', path: `members[value eq "${bruno.id as string}"]` }],
      });
      expect(removed.status).toBe(200);
      expect(removed.body.members).toBeUndefined();
      expect(await memberIds()).toEqual([alice.id, chen.id].sort());

      const userView = await call('GET', `/Users/${chen.id as string}`);
      expect(userView.body.groups).toEqual([{ value: id, $ref: `${base}/Groups/${id}`, display: 'Engineering', type: 'direct' }]);

      const membership = await call(
        'GET',
        `/Groups?filter=${encodeURIComponent(`id eq "${id}" and members[value eq "${chen.id as string}"]`)}&excludedAttributes=members`,
      );
      expect(listOf(membership)).toEqual([expect.objectContaining({ id, displayName: 'Engineering' })]);
      expect(listOf(membership)[0]?.members).toBeUndefined();
      const byName = await call('GET', `/Groups?filter=${encodeURIComponent('displayName eq "engineering"')}`);
      expect(listOf(byName).map((group) => group.id)).toEqual([id]);

      const renamed = await call('PATCH', `/Groups/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'replace', value: { id, displayName: 'Platform' } }],
      });
      expect(renamed.status).toBe(204);
      expect((await call('GET', `/Groups/${id}?attributes=displayName`)).body).toEqual({ schemas: [GROUP], id, displayName: 'Platform' });

      const unknownMember = await call('PATCH', `/Groups/${id}`, {
        schemas: [PATCH],
        Operations: [{ op: 'add', path: 'members', value: [{ value: 'ghost' }] }],
      });
      expect(unknownMember.body).toMatchObject({ status: '400', scimType: 'invalidValue' });

      const [relationships] = await connection.graph.read(
        `MATCH (:Identity)-[m:MEMBER_OF]->(:IdpGroup {id: $id}) RETURN count(m) AS total, count(m.removedAt) AS ended`,
        { id },
      );
      expect(relationships).toEqual({ total: 3, ended: 1 });

      expect((await call('DELETE', `/Groups/${id}`)).status).toBe(204);
      expect((await call('GET', `/Groups/${id}`)).status).toBe(404);
      expect((await call('GET', '/Users/' + (chen.id as string))).body.groups).toBeUndefined();
    });

    it('replaces members with PUT', async () => {
      const dana = await createUser('dana@groups.test');
      const eli = await createUser('eli@groups.test');
      const group = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Sales', members: [{ value: dana.id }] });
      const id = group.body.id as string;
      const put = await call('PUT', `/Groups/${id}`, { schemas: [GROUP], displayName: 'Sales', members: [{ value: eli.id }] });
      expect(put.status).toBe(200);
      expect((put.body.members as Body[]).map((member) => member.value)).toEqual([eli.id]);
    });

    it('lets two groups share a displayName, as Entra ID sends them (RFC 7643 §4.2: uniqueness none)', async () => {
      const first = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Finance', externalId: 'entra-g1' });
      const second = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'FINANCE', externalId: 'entra-g2' });
      expect(second.status, JSON.stringify(second.body)).toBe(201);
      const other = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Treasury' });
      const renamed = await call('PUT', `/Groups/${other.body.id as string}`, { schemas: [GROUP], displayName: 'Finance' });
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
      const byName = await call('GET', `/Groups?filter=${encodeURIComponent('displayName eq "finance"')}`);
      expect(
        listOf(byName)
          .map((group) => group.id as string)
          .sort(),
      ).toEqual([first.body.id as string, second.body.id as string, other.body.id as string].sort());
      const schema = await call('GET', `/Schemas/${GROUP}`);
      expect((schema.body.attributes as Body[]).find((attribute) => attribute.name === 'displayName')).toMatchObject({
        uniqueness: 'none',
      });
    });

    it('a PATCH adding a member already there leaves meta.lastModified alone', async () => {
      const gil = await createUser('gil@groups.test');
      const hana = await createUser('hana@groups.test');
      const group = await atTime('2026-02-01T09:00:00Z', () =>
        call('POST', '/Groups', { schemas: [GROUP], displayName: 'Legal', members: [{ value: gil.id }] }),
      );
      const id = group.body.id as string;
      const lastModified = async (): Promise<unknown> => ((await call('GET', `/Groups/${id}`)).body.meta as Body).lastModified;
      const created = await lastModified();
      const again = await atTime('2026-02-02T09:00:00Z', () =>
        call('PATCH', `/Groups/${id}`, {
          schemas: [PATCH],
          Operations: [
            { op: 'Add', path: 'members', value: [{ value: gil.id }] },
            { op: 'Replace', path: 'displayName', value: 'Legal' },
          ],
        }),
      );
      expect(again.status, JSON.stringify(again.body)).toBe(204);
      expect(await lastModified()).toBe(created);
      await atTime('2026-02-03T09:00:00Z', () =>
        call('PATCH', `/Groups/${id}`, { schemas: [PATCH], Operations: [{ op: 'Add', path: 'members', value: [{ value: hana.id }] }] }),
      );
      expect(await lastModified()).toBe('2026-02-03T09:00:00.000Z');
    });

    it('removes a deleted user from the groups it was in', async () => {
      const finn = await createUser('finn@groups.test');
      const group = await call('POST', '/Groups', { schemas: [GROUP], displayName: 'Support', members: [{ value: finn.id }] });
      await call('DELETE', `/Users/${finn.id as string}`);
      expect((await call('GET', `/Groups/${group.body.id as string}`)).body.members).toBeUndefined();
    });
  });
});
