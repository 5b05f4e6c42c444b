import { createHash, createPublicKey, generateKeyPairSync, verify as cryptoVerify } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Actor } from '../../server/audit/actor.js';
import { GENESIS_HASH, hashAuditEvent } from '../../server/audit/audit-event.js';
import { appendAudit } from '../../server/audit/audit-log.js';
import { anchorFiles, type AnchorFiles } from '../../server/audit/checkpoint-store.js';
import { listAuditEvents } from '../../server/audit/list-events.js';
import { verifyAuditChain } from '../../server/audit/verify-chain.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { verifyCommand } from '../../server/cli/commands/audit.js';
import { setThresholds } from '../../server/findings/thresholds.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { applyAppSettings } from '../../server/ingest/app-settings.js';
import { importSource } from '../../server/ingest/import-source.js';
import { apiClient, TEST_ADMIN } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';

const ALICE: Actor = { id: 'u-alice', name: 'Alice Admin', role: 'admin' };
const HR = [
  'Employee #,First Name,Last Name,Work Email,Status,Hire Date',
  'E1,Ada,Lovelace,ada@acme.com,Active,2020-01-06',
  'E2,Grace,Hopper,grace@acme.com,Active,2021-03-01',
];
const JASPER = [
  'Email,Name,Role,Status,Invited at,Last active',
  'ada@acme.com,Ada Lovelace,Admin,Active,,2026-11-18',
  'g.hopper.writes@gmail.com,GH writes,Member,Active,,2026-11-19',
];

/** A stored AuditEvent with every property, so its hash can be recomputed. */
const storedEvent = z.looseObject({
  id: z.string(),
  seq: z.number(),
  prevHash: z.string(),
  hash: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
type StoredEvent = z.output<typeof storedEvent>;

describe('the hash-chained audit log', () => {
  let connection: GraphConnection;
  const dir = mkdtempSync(join(tmpdir(), 'attest-audit-'));
  const catalog = loadCatalog();
  const now = new Date(TEST_NOW);
  const write = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return { path, name };
  };
  const append = (n: number, actor: Actor = ALICE) =>
    connection.graph.executeWrite((tx) =>
      appendAudit(
        tx,
        actor,
        { action: 'test.change', targetType: 'thing', targetId: `thing-${n}`, before: { value: n - 1 }, after: { value: n, list: [n] } },
        now,
      ),
    );
  const appendMany = async (count: number) => {
    for (let n = 1; n <= count; n += 1) await append(n);
  };
  const events = async (): Promise<StoredEvent[]> =>
    (
      await readRows(
        connection.graph,
        `MATCH (e:AuditEvent) RETURN e {.*, before: e.before, after: e.after} AS event ORDER BY e.seq`,
        {},
        z.object({ event: storedEvent }),
        'audit-events',
      )
    ).map((row) => row.event);
  const eventId = async (seq: number) => {
    const [row] = await readRows(
      connection.graph,
      `MATCH (e:AuditEvent {seq: $seq}) RETURN e.id AS id`,
      { seq },
      z.object({ id: z.string() }),
      'audit-event-id',
    );
    if (!row) throw new Error(`no audit event has seq ${seq}`);
    return row.id;
  };
  const verifyExit = async (options: { checkpoints?: string; publicKey?: string } = {}) => {
    const lines: string[] = [];
    const code = await verifyCommand(connection.graph, (line) => lines.push(line), options);
    return { code, output: lines.join('\n') };
  };
  /** The data directory of the current test: its audit signing key and checkpoints. */
  let data: AnchorFiles;

  beforeAll(async () => {
    connection = await freshGraph();
  });
  beforeEach(async () => {
    await connection.graph.write(`MATCH (n) WHERE n:AuditEvent OR n:AuditHead DETACH DELETE n`);
    process.env.ATTEST_DATA_DIR = mkdtempSync(join(dir, 'data-'));
    data = anchorFiles();
  });
  afterAll(async () => {
    await connection.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('chains each event to the one before: seq 1, 2, 3, the previous hash, and a hash of its own content', async () => {
    await appendMany(3);
    const [first, second, third] = await events();
    expect([first?.seq, second?.seq, third?.seq]).toEqual([1, 2, 3]);
    expect(first?.prevHash).toBe(GENESIS_HASH);
    expect(second?.prevHash).toBe(first?.hash);
    expect(third?.prevHash).toBe(second?.hash);
    for (const event of [first, second, third]) expect(event?.hash).toBe(hashAuditEvent(event ?? {}));
    expect(first).toMatchObject({
      actorId: 'u-alice',
      actorName: 'Alice Admin',
      actorRole: 'admin',
      action: 'test.change',
      targetId: 'thing-1',
      before: '{"value":0}',
      after: '{"list":[1],"value":1}',
    });

    expect(await verifyAuditChain(connection.graph)).toEqual({
      ok: true,
      eventsChecked: 3,
      lastSeq: 3,
      lastHash: third?.hash,
      lastAt: now.toISOString(),
      firstBroken: null,
    });
    const publicKey = createPublicKey(readFileSync(data.publicKey));
    const keyId = createHash('sha256')
      .update(publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex');
    expect(await verifyExit()).toEqual({
      code: 0,
      output: [
        `Audit log intact: 3 events, last ${third?.hash} at ${now.toISOString()}`,
        `Anchored: 3 signed checkpoints in ${data.checkpoints} match, the newest for event #3, signed by key ${keyId}`,
      ].join('\n'),
    });
  });

  it('every append leaves a checkpoint outside the database, signed with a key made at first use (private half 0600)', async () => {
    await appendMany(3);
    expect(statSync(data.signingKey).mode & 0o777).toBe(0o600);
    const lines = readFileSync(data.checkpoints, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const stored = await events();
    expect(lines.map((line) => [line.seq, line.hash])).toEqual(stored.map((event) => [event.seq, event.hash]));
    // What an auditor checks offline: the signature over "origin\nseq\nhash\n" with the public key.
    const publicKey = createPublicKey(readFileSync(data.publicKey));
    for (const line of lines) {
      const body = `attest-audit-log\n${String(line.seq)}\n${String(line.hash)}\n`;
      expect(cryptoVerify(null, Buffer.from(body), publicKey, Buffer.from(String(line.signature), 'base64'))).toBe(true);
    }
  });

  it('a transaction that rolls back leaves no checkpoint', async () => {
    await append(1);
    await expect(
      connection.graph.executeWrite(async (tx) => {
        await appendAudit(tx, ALICE, { action: 'test.change', targetType: 'thing', targetId: 'rolled-back' }, now);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(readFileSync(data.checkpoints, 'utf8').trimEnd().split('\n')).toHaveLength(1);
    expect((await verifyExit()).code).toBe(0);
  });

  it('events cut off the end, with the head moved back to match, are reported as truncation', async () => {
    await appendMany(10);
    const [tenth] = (await events()).filter((e) => e.seq === 10);
    await connection.graph.write(`MATCH (e:AuditEvent) WHERE e.seq > 7 DETACH DELETE e`);
    await connection.graph.write(`MATCH (h:AuditHead), (e:AuditEvent {seq: 7}) SET h.seq = e.seq, h.hash = e.hash, h.at = e.at`);
    // The chain in the database is consistent again: only the checkpoints outside it show the cut.
    expect((await verifyAuditChain(connection.graph)).ok).toBe(true);
    const exit = await verifyExit();
    expect(exit).toEqual({
      code: 1,
      output: `Audit log truncated: the newest event in the database is #7, but line 10 of ${data.checkpoints} is a signed checkpoint of event #10 (hash ${tenth?.hash}): events #8 to #10 were removed`,
    });
  });

  it('an event rewritten with the chain re-hashed after it is reported as rewritten at that event', async () => {
    await appendMany(10);
    const original = await events();
    let prevHash = original[2]!.hash;
    for (const event of original.slice(3)) {
      const forged = { ...event, actorName: event.seq === 4 ? 'Somebody Else' : event.actorName, prevHash };
      const hash = hashAuditEvent(forged);
      await connection.graph.write(
        `MATCH (e:AuditEvent {seq: $seq}) SET e.actorName = $actorName, e.prevHash = $prevHash, e.hash = $hash`,
        {
          seq: event.seq,
          actorName: forged.actorName,
          prevHash,
          hash,
        },
      );
      prevHash = hash;
    }
    await connection.graph.write(`MATCH (h:AuditHead) SET h.hash = $hash`, { hash: prevHash });
    expect((await verifyAuditChain(connection.graph)).ok).toBe(true);
    const fourth = (await events()).find((e) => e.seq === 4);
    const exit = await verifyExit();
    expect(exit).toEqual({
      code: 1,
      output: `Audit log rewritten: event #4 has hash ${fourth?.hash}, but line 4 of ${data.checkpoints} is a signed checkpoint of it with hash ${original[3]?.hash}: the event, or one before it, was rewritten and the chain re-hashed`,
    });
  });

  it('checkpoints that do not verify with the public key, or no public key at all, fail verify', async () => {
    await appendMany(3);
    const genuine = readFileSync(data.publicKey);
    writeFileSync(data.publicKey, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    const foreign = await verifyExit();
    expect(foreign.code).toBe(1);
    expect(foreign.output).toMatch(
      new RegExp(
        `^Audit checkpoints not signed by the public key: 3 of 3 checkpoints in ${data.checkpoints} do not verify with the public key ${data.publicKey} \\(key [0-9a-f]{64}\\); the first is line 1, for event #1`,
      ),
    );
    rmSync(data.publicKey);
    const missing = await verifyExit();
    expect(missing).toEqual({
      code: 1,
      output: `Audit public key missing: there is no public key at ${data.publicKey}, so the 3 checkpoints cannot be checked; restore it from the auditor's copy, or give that copy with --public-key`,
    });
    writeFileSync(data.publicKey, genuine);
    expect((await verifyExit()).code).toBe(0);
  });

  it("the auditor's copies of the public key and checkpoints catch a log re-signed with a new key", async () => {
    await appendMany(5);
    const auditor = mkdtempSync(join(dir, 'auditor-'));
    const copies = { checkpoints: join(auditor, 'checkpoints.jsonl'), publicKey: join(auditor, 'public-key.pem') };
    copyFileSync(data.checkpoints, copies.checkpoints);
    copyFileSync(data.publicKey, copies.publicKey);
    // Someone with the database and the data directory replaces everything: a new log, a new key, new checkpoints.
    await connection.graph.write(`MATCH (n) WHERE n:AuditEvent OR n:AuditHead DETACH DELETE n`);
    process.env.ATTEST_DATA_DIR = mkdtempSync(join(dir, 'data-'));
    await append(1, { id: 'u-mallory', name: 'Mallory', role: 'admin' });
    expect((await verifyExit()).code).toBe(0);
    const checked = await verifyExit(copies);
    expect(checked.code).toBe(1);
    expect(checked.output).toContain('Audit log truncated: the newest event in the database is #1, but line 5 of');
    expect(checked.output).toContain('Audit log rewritten: event #1 has hash');
  });

  it('refuses an audited change when checkpoints exist but the key that signed them is gone', async () => {
    writeFileSync(data.checkpoints, '');
    await expect(append(1)).rejects.toThrow(
      `the audit signing key ${data.signingKey} is missing, but ${data.checkpoints} made with it is there`,
    );
    expect(await events()).toEqual([]);
  });

  it('an empty log is intact', async () => {
    expect(await verifyExit()).toEqual({ code: 0, output: 'Audit log intact: 0 events (nothing has been recorded yet)' });
  });

  it('20 appends in concurrent transactions get seq 1 to 20, one chain, no fork', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => append(i + 1)));
    const stored = await events();
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(stored.map((e) => e.prevHash)).size).toBe(20);
    expect(new Set(stored.map((e) => e.targetId)).size).toBe(20);
    expect((await verifyAuditChain(connection.graph)).ok).toBe(true);
  });

  it("changing a stored event's after is detected at that event", async () => {
    await appendMany(10);
    await connection.graph.write(`MATCH (e:AuditEvent {seq: 5}) SET e.after = $after`, { after: '{"list":[5],"value":500}' });
    const result = await verifyAuditChain(connection.graph);
    expect(result.ok).toBe(false);
    expect(result.eventsChecked).toBe(4);
    expect(result.firstBroken).toMatchObject({ seq: 5, eventId: await eventId(5), problem: 'altered' });
    const exit = await verifyExit();
    expect(exit.code).toBe(1);
    expect(exit.output).toMatch(new RegExp(`^Audit log broken at event #5 \\(${await eventId(5)}\\): altered — `));
  });

  it('rewriting an event together with its hash is caught at the next link', async () => {
    await appendMany(10);
    const [fifth] = (await events()).filter((e) => e.seq === 5);
    const forged = { ...fifth!, actorName: 'Somebody Else' };
    await connection.graph.write(`MATCH (e:AuditEvent {seq: 5}) SET e.actorName = $name, e.hash = $hash`, {
      name: forged.actorName,
      hash: hashAuditEvent(forged),
    });
    expect((await verifyAuditChain(connection.graph)).firstBroken).toMatchObject({ seq: 6, eventId: await eventId(6), problem: 'missing' });
  });

  it('deleting an event in the middle is detected at its place', async () => {
    await appendMany(10);
    await connection.graph.write(`MATCH (e:AuditEvent {seq: 5}) DELETE e`);
    const result = await verifyAuditChain(connection.graph);
    expect(result.firstBroken).toMatchObject({ seq: 5, eventId: null, problem: 'missing' });
    expect(result.firstBroken?.detail).toContain('#5 is missing');
    const exit = await verifyExit();
    expect(exit.code).toBe(1);
    expect(exit.output).toBe('Audit log broken at event #5 (no such event): missing — event #5 is missing: #6 follows #4');
  });

  it('deleting the newest event is detected by the head', async () => {
    await appendMany(10);
    await connection.graph.write(`MATCH (e:AuditEvent {seq: 10}) DELETE e`);
    const result = await verifyAuditChain(connection.graph);
    expect(result.eventsChecked).toBe(9);
    expect(result.firstBroken).toMatchObject({ seq: 10, eventId: null, problem: 'head_mismatch' });
    expect((await verifyExit()).code).toBe(1);
  });

  it('deleting the first event is detected at #1', async () => {
    await appendMany(3);
    await connection.graph.write(`MATCH (e:AuditEvent {seq: 1}) DELETE e`);
    expect((await verifyAuditChain(connection.graph)).firstBroken).toMatchObject({ seq: 1, problem: 'missing' });
  });

  it('lists events newest first, filtered, a page at a time', async () => {
    await appendMany(4);
    await append(5, { id: 'cli:root', name: 'root (command line)', role: 'cli' });
    const all = await listAuditEvents(connection.graph, {}, { limit: 3 });
    expect(all.events.map((e) => e.seq)).toEqual([5, 4, 3]);
    expect(all).toMatchObject({ totalCount: 5, hasMore: true });
    const rest = await listAuditEvents(connection.graph, {}, { limit: 3, beforeSeq: 3 });
    expect(rest.events.map((e) => e.seq)).toEqual([2, 1]);
    expect(rest.hasMore).toBe(false);
    expect((await listAuditEvents(connection.graph, { actor: 'COMMAND' }, { limit: 10 })).events.map((e) => e.seq)).toEqual([5]);
    expect((await listAuditEvents(connection.graph, { targetId: 'thing-2' }, { limit: 10 })).events.map((e) => e.seq)).toEqual([2]);
    expect((await listAuditEvents(connection.graph, { from: '2026-11-20', to: '2026-11-20' }, { limit: 10 })).totalCount).toBe(5);
    expect((await listAuditEvents(connection.graph, { to: '2026-11-19' }, { limit: 10 })).totalCount).toBe(0);
    await expect(listAuditEvents(connection.graph, { from: 'last tuesday' }, { limit: 10 })).rejects.toThrow(/from must be an ISO date/);
  });

  describe('changes people make are recorded with who made them', () => {
    beforeAll(async () => {
      await importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [write('hr.csv', HR)] });
      await importSource(connection.graph, catalog, now, { kind: 'accounts-csv', app: 'Jasper', files: [write('jasper.csv', JASPER)] });
    });

    it('an import records one event for the completed import', async () => {
      await importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [write('hr.csv', HR)], actor: ALICE });
      const [event] = await events();
      expect(event).toMatchObject({ seq: 1, action: 'import', actorId: 'u-alice', targetType: 'source', targetId: 'hr-csv', before: null });
      expect(JSON.parse(event?.after ?? 'null')).toMatchObject({
        kind: 'hr-csv',
        files: ['hr.csv'],
        recordsRead: 2,
        added: 0,
        updated: 0,
        unchanged: 2,
      });
      await expect(
        importSource(connection.graph, catalog, now, { kind: 'hr-csv', files: [write('bad.csv', ['Nothing,Useful', '1,2'])] }),
      ).rejects.toThrow();
      expect(await events()).toHaveLength(1);
    });

    it('linking an owner through the API records the viewer and the owner before and after', async () => {
      const gql = await apiClient(connection.graph);
      const id = 'app-jasper:g.hopper.writes@gmail.com';
      const linked = await gql(`mutation($input: LinkOwnerInput!) { linkOwner(input: $input) { owner { email } } }`, {
        input: { recordId: id, personId: 'grace@acme.com', note: 'her personal address' },
      });
      expect(linked.errors).toBeNull();
      const [event] = await events();
      expect(event).toMatchObject({
        seq: 1,
        action: 'ownership.link',
        targetType: 'account',
        targetId: id,
        actorId: TEST_ADMIN.userId,
        actorName: 'Test Admin',
        actorRole: 'admin',
      });
      expect(JSON.parse(event?.before ?? 'null')).toEqual({ owner: null, method: null, kind: 'human', ownerOverride: null });
      expect(JSON.parse(event?.after ?? 'null')).toEqual({
        owner: { id: expect.any(String) as string, email: 'grace@acme.com', name: 'Grace Hopper' },
        method: 'manual',
        kind: 'human',
        ownerOverride: null,
        note: 'her personal address',
      });

      const refused = await gql(
        `mutation { linkOwner(input: { recordId: "app-jasper:nobody@acme.com", personId: "E1" }) { record { id } } }`,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await events()).toHaveLength(1);

      const listed = await gql<{
        auditEvents: { totalCount: number; nodes: { seq: number; action: string; actorId: string; actorName: string }[] };
      }>(`query($filter: AuditEventFilter) { auditEvents(filter: $filter) { totalCount nodes { seq action actorId actorName } } }`, {
        filter: { action: 'ownership.link', targetId: id },
      });
      expect(listed.errors).toBeNull();
      expect(listed.data?.auditEvents).toEqual({
        totalCount: 1,
        nodes: [{ seq: 1, action: 'ownership.link', actorId: TEST_ADMIN.userId, actorName: 'Test Admin' }],
      });
      const chain = await gql<{ auditChain: { ok: boolean; eventsChecked: number; firstBroken: null } }>(
        `{ auditChain { ok eventsChecked firstBroken { seq } } }`,
      );
      expect(chain.data?.auditChain).toEqual({ ok: true, eventsChecked: 1, firstBroken: null });
    });

    it('pages through the API by cursor, and refuses a cursor it did not make', async () => {
      await appendMany(5);
      const gql = await apiClient(connection.graph);
      type Page = { auditEvents: { nodes: { seq: number }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };
      const query = `query($after: String) { auditEvents(first: 2, after: $after) { nodes { seq } pageInfo { endCursor hasNextPage } } }`;
      const first = await gql<Page>(query);
      expect(first.data?.auditEvents.nodes.map((n) => n.seq)).toEqual([5, 4]);
      await append(6);
      const second = await gql<Page>(query, { after: first.data?.auditEvents.pageInfo.endCursor });
      expect(second.data?.auditEvents.nodes.map((n) => n.seq)).toEqual([3, 2]);
      const bad = await gql(query, { after: 'bm9wZQ' });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const badDate = await gql(`{ auditEvents(filter: { from: "soon" }) { totalCount } }`);
      expect(badDate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    });

    it('only admins and auditors may read the audit log', async () => {
      const finance: Viewer = { ...TEST_ADMIN, userId: 'u-fin', role: 'finance' };
      const auditor: Viewer = { ...TEST_ADMIN, userId: 'u-aud', role: 'auditor' };
      const asFinance = await apiClient(connection.graph, finance);
      expect((await asFinance(`{ auditChain { ok } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await asFinance(`{ auditEvents { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAuditor = await apiClient(connection.graph, auditor);
      expect((await asAuditor(`{ auditChain { ok } }`)).errors).toBeNull();
      const anonymous = await apiClient(connection.graph, null);
      expect((await anonymous(`{ auditEvents { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('thresholds and app settings record what they were and what they became', async () => {
      await setThresholds(connection.graph, { inactivityDays: 45 }, ALICE, now);
      await applyAppSettings(
        connection.graph,
        catalog,
        { name: 'Jasper', catalogKey: 'jasper', plan: 'Pro', seats: { Seat: 5 } },
        '(test)',
        ALICE,
      );
      const [thresholds, app] = await events();
      expect(thresholds).toMatchObject({ action: 'thresholds.set', targetType: 'organization', actorId: 'u-alice' });
      expect(JSON.parse(thresholds?.before ?? 'null')).toEqual({ inactivityDays: 90, neverActiveDays: 30 });
      expect(JSON.parse(thresholds?.after ?? 'null')).toEqual({ inactivityDays: 45, neverActiveDays: 30 });
      expect(app).toMatchObject({ action: 'app.settings', targetType: 'app', targetId: 'app-jasper', actorId: 'u-alice' });
      expect(JSON.parse(app?.after ?? 'null')).toMatchObject({ plan: 'Pro', seats: [{ name: 'Seat', capacity: 5 }] });
      expect(JSON.parse(app?.before ?? 'null')).toMatchObject({ seats: [{ name: 'Seat', capacity: null }] });
      await expect(setThresholds(connection.graph, { inactivityDays: 0 }, ALICE, now)).rejects.toThrow(/whole number of days/);
      expect(await events()).toHaveLength(2);
      expect((await verifyExit()).code).toBe(0);
    });
  });
});
