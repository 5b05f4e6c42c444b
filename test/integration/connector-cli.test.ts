/** `attest connect`, `connections`, `connect --test`, `sync` and `disconnect` as a user runs them, against a fake Okta. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../server/graph/connect.js';
import { TEST_NOW } from '../support/demo.js';
import { oktaRecords, startFakeOkta, type FakeOkta } from '../support/fake-vendors/fake-okta.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'attest.js');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const run = promisify(execFile);

describe('connections from the command line', () => {
  let connection: GraphConnection;
  let okta: FakeOkta;
  const dataDir = mkdtempSync(join(tmpdir(), 'attest-connect-'));

  async function attest(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
    const env = { ...process.env, ...testDatabaseEnv(), ATTEST_DATA_DIR: dataDir, ATTEST_NOW: TEST_NOW, ...extraEnv };
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 240_000 });
      return { code: 0, out: stdout, err: stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout, err: failed.stderr };
    }
  }

  beforeAll(async () => {
    connection = await freshGraph();
    const users = oktaRecords(readFileSync(join(FIXTURES, 'okta-users/published/list-users.json'), 'utf8'));
    okta = await startFakeOkta({ users, groups: [], members: {} }, 2);
  });

  afterAll(async () => {
    await okta?.close();
    await connection?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores a connection from an environment variable, lists it without the token, tests, syncs and removes it', async () => {
    const added = await attest(
      ['connect', 'okta', '--name', 'okta-prod', '--url', okta.url, '--token-env', 'OKTA_TOKEN', '--every', '12h'],
      {
        OKTA_TOKEN: okta.token,
      },
    );
    expect(added.code).toBe(0);
    expect(added.out).toContain('Connected Okta as "okta-prod"');
    expect(added.out).toContain('every 12 hour(s)');

    const listed = await attest(['connections', '--json']);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ name: 'okta-prod', kind: 'okta', baseUrl: okta.url, everyMinutes: 720, lastRunAt: null }),
    ]);
    expect(listed.out).not.toContain(okta.token);

    const tested = await attest(['connect', '--test', 'okta-prod']);
    expect(tested.code).toBe(0);
    expect(tested.out).toContain('ok      okta.users.read');
    expect(tested.out).toContain('the credential is accepted');

    const synced = await attest(['sync', 'okta-prod']);
    expect(synced, synced.err).toMatchObject({ code: 0 });
    // The fake lists no group, app or grant: complete listings of nothing, imported as such.
    expect(synced.out.split('\n')[0]).toBe(
      "succeeded: users, every status: 1 added, 0 updated, 0 removed; groups with members: Okta lists none, 0 removed; app assignments: Okta lists none, 0 removed; users' OAuth consent grants: Okta lists none, 0 removed",
    );
    const [row] = await connection.graph.read(`MATCH (i:Identity {idp: 'okta'}) RETURN i.email AS email`);
    expect(row).toEqual({ email: 'alice.smith@example.com' });

    okta.revoke();
    const failing = await attest(['connect', '--test', 'okta-prod']);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('MISSING okta.users.read');
    expect(failing.out).toMatch(/refused the credential \(401\)/);

    const removed = await attest(['disconnect', 'okta-prod']);
    expect(removed.code).toBe(0);
    expect(JSON.parse((await attest(['connections', '--json'])).out)).toEqual([]);

    const everything = [added, listed, tested, synced, failing, removed].map((r) => r.out + r.err).join('\n');
    expect(everything).not.toContain(okta.token);
    const audit = await connection.graph.read(
      `MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'connection.' RETURN e.action AS action, properties(e) AS event ORDER BY e.seq`,
    );
    expect(audit.map((e) => e.action)).toEqual(['connection.add', 'connection.remove']);
    expect(JSON.stringify(audit)).not.toContain(okta.token);
  });

  it('stores the organization a GitHub connection reads (--org), requires it, and lists it', async () => {
    const missing = await attest(['connect', 'github', '--name', 'gh-acme', '--token-env', 'GH_TOKEN'], { GH_TOKEN: 'ghp_cliToken1' });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('a GitHub connection needs the GitHub organization (its login) it reads: give it with --org');

    const added = await attest(['connect', 'github', '--name', 'gh-acme', '--token-env', 'GH_TOKEN', '--org', 'acme'], {
      GH_TOKEN: 'ghp_cliToken1',
    });
    expect(added, added.err).toMatchObject({ code: 0 });
    expect(added.out).toContain('Connected GitHub as "gh-acme" (https://api.github.com, acme)');
    const listed = await attest(['connections', '--json']);
    expect(JSON.parse(listed.out)).toEqual([
      expect.objectContaining({ name: 'gh-acme', kind: 'github', baseUrl: 'https://api.github.com', org: 'acme' }),
    ]);
    expect(listed.out + added.out + added.err).not.toContain('ghp_cliToken1');
  });
});
