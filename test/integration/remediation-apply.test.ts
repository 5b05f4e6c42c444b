/**
 * "Apply" on a revoke's remediation task, against local fakes of GitHub's REST API (synced first,
 * so the accounts are the connection's) and of a SCIM 2.0 service provider managing Jasper: the
 * exact request each vendor receives, the answer recorded on the task, in the audit log and as a
 * remediation.applied webhook event; a refusal recorded and the task left open; the credential
 * nowhere; and the next import verifying the task, as without apply.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { listAuditEvents } from '../../server/audit/list-events.js';
import { loadCatalog } from '../../server/catalog/catalog.js';
import { addConnection, credentialOf, findConnection, type Connection } from '../../server/connectors/connection-store.js';
import { loadSecretKey } from '../../server/connectors/secret-box.js';
import { syncConnection } from '../../server/connectors/sync-connection.js';
import { dataDir, type GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { importSource } from '../../server/ingest/import-source.js';
import { applyStateOf } from '../../server/reviews/apply-offer.js';
import { applyRemediation } from '../../server/reviews/apply-remediation.js';
import { closeCampaign } from '../../server/reviews/close-campaign.js';
import { createCampaign } from '../../server/reviews/create-campaign.js';
import { launchCampaign } from '../../server/reviews/launch-campaign.js';
import { listDeliveries } from '../../server/webhooks/webhook-deliveries.js';
import { addWebhook } from '../../server/webhooks/webhook-store.js';
import { apiClient } from '../support/api.js';
import { ITEMS_BY_ACCOUNT } from '../support/apply.queries.js';
import { githubRecords, startFakeGitHub, type FakeGitHub } from '../support/fake-vendors/fake-github.js';
import { startFakeOktaAssignments, type FakeOktaAssignments } from '../support/fake-vendors/fake-okta-assignments.js';
import { startFakeScim, type FakeScim } from '../support/fake-vendors/fake-scim.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { GRACE, JASPER, loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ingest');
const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
const itemRow = z.object({
  account: z.string(),
  id: z.string(),
  decision: z.string().nullable(),
  status: z.string().nullable(),
  detail: z.string().nullable(),
});

const APPLY = `mutation($id: ID!) { applyRemediation(itemId: $id) { offeredVia action appliedVia appliedByName httpStatus outcome ok } }`;
const ITEM = `query($id: ID!) { reviewItem(id: $id) { remediationStatus remediationApply { offeredVia action notOffered account appName outcome ok httpStatus } } }`;

describe('apply: deprovisioning a revoked account through the vendor API', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let github: FakeGitHub;
  let scim: FakeScim;
  let okta: FakeOktaAssignments;
  let key: Buffer;
  let campaignId = '';
  const catalog = loadCatalog();
  const http = { sleep: (): Promise<void> => Promise.resolve() };

  const items = async (): Promise<Map<string, z.output<typeof itemRow>>> => {
    const rows = await readRows(connection.graph, ITEMS_BY_ACCOUNT, { campaignId }, itemRow, 'test-items');
    return new Map(rows.map((row) => [row.account, row]));
  };
  const itemOf = async (account: string): Promise<z.output<typeof itemRow>> => {
    const item = (await items()).get(account);
    if (!item) throw new Error(`no item for ${account}`);
    return item;
  };
  const syncGitHub = async (): Promise<void> => {
    const conn = (await findConnection(connection.graph, 'acme-github')) as Connection;
    const outcome = await syncConnection(connection.graph, catalog, org.now, conn, await credentialOf(connection.graph, key, conn.name), {
      actor: SYSTEM_ACTOR,
      http,
    });
    expect(outcome.status, outcome.message).toBe('succeeded');
  };

  beforeAll(async () => {
    connection = await freshGraph();
    key = loadSecretKey(dataDir());
    org = await loadReviewOrg(connection.graph);
    github = await startFakeGitHub(
      {
        login: 'acme',
        members: githubRecords(fixture('github-members/folder/members.json')),
        admins: githubRecords(fixture('github-members/folder/admins.json')),
        outsideCollaborators: githubRecords(fixture('github-members/published/outside-collaborators.json')),
        invitations: [],
        publicMembers: [],
      },
      100,
    );
    scim = await startFakeScim([
      { id: '2819c223-7f76-453a-919d-413861904646', userName: 'alan@acme.com', active: true },
      { id: 'c75ad752-64ae-4823-840d-ffa80929976c', userName: 'linus@acme.com', externalId: 'jasper-linus', active: true },
    ]);
    const add = (
      name: string,
      kind: 'github' | 'scim' | 'okta',
      baseUrl: string,
      orgName: string,
      credential: string,
    ): Promise<Connection> =>
      addConnection(
        connection.graph,
        key,
        { name, kind, baseUrl, org: orgName || null, everyMinutes: 360, credential },
        SYSTEM_ACTOR,
        org.now,
      );
    await add('acme-github', 'github', github.url, 'acme', github.token);
    await add('jasper-scim', 'scim', `${scim.url}/scim/v2`, 'Jasper', scim.token);
    await syncGitHub();
    // An app reached through Okta: its accounts from a CSV, its assignments (and the Okta users) as the acme-okta connection's sync imports them.
    okta = await startFakeOktaAssignments(['00u1ceo000000000001', '00u1eng000000000002']);
    await add('acme-okta', 'okta', okta.url, '', okta.token);
    const SAML_APP = 'Custom Saml 2.0 App';
    const from = (path: string, name: string): { path: string; name: string } => ({ path: join(FIXTURES, path), name });
    await importSource(connection.graph, catalog, org.now, {
      kind: 'okta-users',
      files: [from('okta-users/users.json', 'acme-okta: users, every status')],
      connection: 'acme-okta',
    });
    await importSource(connection.graph, catalog, org.now, {
      kind: 'okta-app-users',
      app: SAML_APP,
      files: [from('okta-app-users/app-users.json', 'acme-okta: app assignments')],
      connection: 'acme-okta',
    });
    await importSource(connection.graph, catalog, org.now, {
      kind: 'accounts-csv',
      app: SAML_APP,
      files: [from('accounts-csv/jestor.csv', 'jestor.csv')],
    });
    await addWebhook(connection.graph, key, { url: 'http://127.0.0.1:9/hooks', events: ['remediation.applied'] }, SYSTEM_ACTOR, org.now);
    const draft = await createCampaign(
      connection.graph,
      {
        name: 'Q4 apply',
        period: '2026-Q4',
        scopeKind: 'apps',
        scopeApps: ['GitHub', 'Jasper', 'Custom Saml 2.0 App'],
        dueAt: new Date('2026-12-31T23:59:59Z'),
        owner: 'sam@acme.com',
      },
      SYSTEM_ACTOR,
      org.now,
    );
    campaignId = draft.id;
    await launchCampaign(connection.graph, campaignId, SYSTEM_ACTOR, org.now);
    await closeCampaign(connection.graph, campaignId, 'revoke', SYSTEM_ACTOR, org.now);
  });

  afterAll(async () => {
    await github?.close();
    await scim?.close();
    await okta?.close();
    await connection?.close();
    org?.cleanUp();
  });

  it('removes a GitHub member and an outside collaborator with the documented DELETEs, records the answers, and leaves the tasks open', async () => {
    const priya = await itemOf('GitHub/priya-dev');
    expect(priya).toMatchObject({ decision: 'revoke', status: 'open' });
    const offered = await applyStateOf(connection.graph, priya.id);
    expect(offered?.offer?.connection.name).toBe('acme-github');
    expect(offered?.offer?.action).toBe('remove priya-dev from the GitHub organization acme');

    const api = await apiClient(connection.graph);
    const applied = await api<{ applyRemediation: Record<string, unknown> }>(APPLY, { id: priya.id });
    expect(applied.errors).toBeNull();
    expect(applied.data?.applyRemediation).toEqual({
      offeredVia: 'acme-github',
      action: 'remove priya-dev from the GitHub organization acme',
      appliedVia: 'acme-github',
      appliedByName: 'Test Admin',
      httpStatus: 204,
      outcome: 'GitHub accepted: remove priya-dev from the GitHub organization acme',
      ok: true,
    });
    const octocat = await itemOf('GitHub/octocat');
    const done = await applyRemediation(connection.graph, key, octocat.id, SYSTEM_ACTOR, org.now, { http });
    expect(done.applied).toMatchObject({ ok: true, status: 204, connection: 'acme-github' });
    expect(github.writes.log).toEqual([
      'DELETE /orgs/acme/memberships/priya-dev 204',
      'DELETE /orgs/acme/outside_collaborators/octocat 204',
    ]);
    // Apply never verifies the task itself: the next import does.
    expect((await itemOf('GitHub/priya-dev')).status).toBe('open');

    const audit = await listAuditEvents(connection.graph, { action: 'remediation.apply' }, { limit: 10 });
    expect(audit.events.map((e) => [e.targetId, e.actorName, JSON.parse(e.after ?? '{}') as unknown])).toEqual([
      [octocat.id, 'Attest', expect.objectContaining({ connection: 'acme-github', kind: 'github', ok: true, status: 204 })],
      [
        priya.id,
        'Test Admin',
        {
          connection: 'acme-github',
          kind: 'github',
          action: 'remove priya-dev from the GitHub organization acme',
          ok: true,
          status: 204,
          outcome: 'GitHub accepted: remove priya-dev from the GitHub organization acme',
        },
      ],
    ]);
    const events = (await listDeliveries(connection.graph)).filter((d) => d.event === 'remediation.applied');
    expect(events.map((d) => (JSON.parse(d.payload) as { data: unknown }).data)).toContainEqual({
      items: [
        expect.objectContaining({
          itemId: priya.id,
          appName: 'GitHub',
          account: 'priya-dev',
          connection: 'acme-github',
          ok: true,
          status: 204,
        }),
      ],
    });
  });

  it('records a refusal as "apply failed" with the vendor reason, leaves the task open, and lets it be retried', async () => {
    const ana = await itemOf('GitHub/ana-silva');
    github.writes.refuse.set('ana-silva', 403);
    const refused = await applyRemediation(connection.graph, key, ana.id, SYSTEM_ACTOR, org.now, { http });
    expect(refused.applied).toMatchObject({
      ok: false,
      status: 403,
      outcome: 'GitHub refused (403): You must be an organization owner to remove members.',
    });
    expect((await itemOf('GitHub/ana-silva')).status).toBe('open');
    const shown = await (
      await apiClient(connection.graph)
    )<{ reviewItem: { remediationApply: Record<string, unknown> } }>(ITEM, { id: ana.id });
    expect(shown.data?.reviewItem.remediationApply).toMatchObject({ offeredVia: 'acme-github', ok: false, httpStatus: 403 });

    github.writes.refuse.delete('ana-silva');
    const retried = await applyRemediation(connection.graph, key, ana.id, SYSTEM_ACTOR, org.now, { http });
    expect(retried.applied).toMatchObject({ ok: true, status: 204 });
    expect(github.writes.log.slice(-2)).toEqual([
      'DELETE /orgs/acme/memberships/ana-silva 403',
      'DELETE /orgs/acme/memberships/ana-silva 204',
    ]);
  });

  it('finds the user on the SCIM server by userName and deactivates it with a PatchOp; a user it does not know is a recorded failure', async () => {
    const alan = await itemOf('Jasper/alan@acme.com');
    const offered = await applyStateOf(connection.graph, alan.id);
    expect(offered?.offer?.connection.name).toBe('jasper-scim');
    const done = await applyRemediation(connection.graph, key, alan.id, SYSTEM_ACTOR, org.now, { http });
    expect(done.applied).toMatchObject({ ok: true, status: 204, outcome: 'the SCIM server deactivated alan@acme.com (active: false)' });
    expect(scim.requests).toEqual([
      'GET /scim/v2/Users ?filter=userName eq "alan@acme.com" 200',
      'PATCH /scim/v2/Users/2819c223-7f76-453a-919d-413861904646 204 {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]}',
    ]);
    expect(scim.users.find((u) => u.userName === 'alan@acme.com')?.active).toBe(false);

    const sam = await itemOf('Jasper/sam@acme.com');
    const unknown = await applyRemediation(connection.graph, key, sam.id, SYSTEM_ACTOR, org.now, { http });
    expect(unknown.applied).toMatchObject({ ok: false, outcome: 'the SCIM server has no user with userName sam@acme.com' });

    scim.refuse.set('linus@acme.com', 403);
    const linus = await itemOf('Jasper/linus@acme.com');
    const refused = await applyRemediation(connection.graph, key, linus.id, SYSTEM_ACTOR, org.now, { http });
    expect(refused.applied).toMatchObject({
      ok: false,
      status: 403,
      outcome: 'the SCIM server refused (403): The operation is not permitted for this user',
    });
    expect((await itemOf('Jasper/linus@acme.com')).status).toBe('open');
  });

  it("removes the Okta assignment of the account's user to the app, found among the user's apps by its label", async () => {
    const maria = await itemOf('Custom Saml 2.0 App/maria.gonzalez@acme.example');
    const offered = await applyStateOf(connection.graph, maria.id);
    expect(offered?.offer?.connection.name).toBe('acme-okta');
    expect(offered?.offer?.action).toBe('remove the Okta assignment of maria.gonzalez@acme.example to Custom Saml 2.0 App');
    const done = await applyRemediation(connection.graph, key, maria.id, SYSTEM_ACTOR, org.now, { http });
    expect(done.applied).toMatchObject({
      ok: true,
      status: 204,
      outcome: "Okta accepted: the user's assignment to Custom Saml 2.0 App is removed",
    });
    expect(okta.requests).toEqual([
      'GET /api/v1/apps?filter=user.id eq "00u1ceo000000000001"&limit=200 200',
      'DELETE /api/v1/apps/0oa1gjh63g214q0Hq0g4/users/00u1ceo000000000001 204',
    ]);

    okta.refuse.add('00u1eng000000000002');
    const tom = await itemOf('Custom Saml 2.0 App/tom.becker@acme.example');
    const refused = await applyRemediation(connection.graph, key, tom.id, SYSTEM_ACTOR, org.now, { http });
    expect(refused.applied).toMatchObject({
      ok: false,
      status: 403,
      outcome: 'Okta refused (403): You do not have permission to perform the requested action',
    });
    expect((await itemOf('Custom Saml 2.0 App/tom.becker@acme.example')).status).toBe('open');

    // No Okta user is assigned to the app for this account, and nothing else manages the app: apply is not offered.
    const hire = await itemOf('Custom Saml 2.0 App/new.hire@acme.example');
    expect(await applyStateOf(connection.graph, hire.id)).toMatchObject({
      offer: null,
      notOffered: 'no connection can deprovision accounts of Custom Saml 2.0 App',
    });
    await expect(applyRemediation(connection.graph, key, hire.id, SYSTEM_ACTOR, org.now, { http })).rejects.toThrow(/apply is not offered/);
  });

  it('turns the applied tasks verified at the next sync or import, and offers apply no more', async () => {
    await syncGitHub();
    await org.importJasper(
      [JASPER.ada, JASPER.grace, JASPER.linus, JASPER.sam, JASPER.tom, JASPER.ghost],
      new Date(org.now.getTime() + 60_000),
    );
    const after = await items();
    expect(after.get('GitHub/priya-dev')?.status).toBe('verified');
    expect(after.get('GitHub/priya-dev')?.detail).toMatch(/^Account removed from GitHub/);
    expect(after.get('GitHub/octocat')?.status).toBe('verified');
    expect(after.get('GitHub/ana-silva')?.status).toBe('verified');
    expect(after.get('Jasper/alan@acme.com')?.status).toBe('verified');
    expect(after.get('Jasper/linus@acme.com')?.status).toBe('open');
    expect(after.get('GitHub/mgonzalez')?.status).toBe('open');
    const state = await applyStateOf(connection.graph, after.get('GitHub/priya-dev')?.id ?? '');
    expect(state).toMatchObject({ offer: null, notOffered: 'the revoke is already verified' });
  });

  it('offers apply to admins only, and never shows the credential in the audit log, GraphQL or the webhook events', async () => {
    const mg = await itemOf('GitHub/mgonzalez');
    const asManager = await (await apiClient(connection.graph, GRACE))<unknown>(APPLY, { id: mg.id });
    expect(asManager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(github.writes.log.some((line) => line.includes('mgonzalez'))).toBe(false);

    const audit = await listAuditEvents(connection.graph, {}, { limit: 10_000 });
    const shown = await (await apiClient(connection.graph))<unknown>(ITEM, { id: mg.id });
    const everything = JSON.stringify([audit.events, shown, await listDeliveries(connection.graph)]);
    expect(everything).toContain('acme-github');
    for (const secret of [github.token, scim.token, okta.token]) expect(everything).not.toContain(secret);
  });

  it('applies from the command line only when told --yes, and says what the vendor answered', async () => {
    const mg = await itemOf('GitHub/mgonzalez');
    const attest = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
      const env = { ...process.env, ...testDatabaseEnv(), ATTEST_NOW: TEST_NOW };
      try {
        const { stdout, stderr } = await promisify(execFile)(
          process.execPath,
          [join(import.meta.dirname, '..', '..', 'bin', 'attest.js'), ...args],
          {
            env,
            timeout: 120_000,
          },
        );
        return { code: 0, out: stdout, err: stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, out: failed.stdout, err: failed.stderr };
      }
    };
    const asked = await attest(['remediation', 'apply', mg.id]);
    expect(asked.code).not.toBe(0);
    expect(asked.err).toContain('not applied; to remove mgonzalez from the GitHub organization acme through acme-github, add --yes');
    expect(github.writes.log.some((line) => line.includes('mgonzalez'))).toBe(false);

    const done = await attest(['remediation', 'apply', mg.id, '--yes']);
    expect(done.err).toBe('');
    expect(done.out).toContain('GitHub accepted: remove mgonzalez from the GitHub organization acme (HTTP 204)');
    expect(github.writes.log.at(-1)).toBe('DELETE /orgs/acme/memberships/mgonzalez 204');
    expect((await itemOf('GitHub/mgonzalez')).status).toBe('open');
  });
});
