import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Rng } from '../../seed/random.js';
import { cliActor } from '../../server/audit/actor.js';
import { decodeRows, readRows } from '../../server/graph/decode.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { OwnershipOverrides } from '../../server/reconcile/overrides.js';
import { reconcile } from '../../server/reconcile/reconcile.js';
import { appsScope, NOTHING } from '../../server/shared/change-scope.js';
import { loadGeneratedOrg, TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import * as q from '../support/reconcile-changes.queries.js';
import { reconciledState } from '../support/reconcile-state.js';

const idRow = z.object({ id: z.string() });
const personRow = z.object({ email: z.string(), displayName: z.string() });
const appRecordsRow = z.object({
  accountIds: z.array(z.string()),
  emails: z.array(z.string()),
  assignmentIds: z.array(z.string()),
  integrationIds: z.array(z.string()),
});
const ownerRow = z.object({ owners: z.array(z.string()), needsReview: z.boolean().nullable() });

/** A day after the import, plus `n` hours: every reconciliation stamps new links with its own time. */
const at = (n: number) => new Date(Date.parse(TEST_NOW) + (24 + n) * 3_600_000);

describe('reconciling only the app whose records changed leaves what a full reconciliation leaves', () => {
  let connection: GraphConnection;
  const graph = () => connection.graph;

  beforeAll(async () => {
    connection = await freshGraph();
    // The import ends with a full reconciliation.
    await loadGeneratedOrg(connection.graph, 300, 42);
  }, 600_000);
  afterAll(async () => {
    await connection.close();
  });

  it('a second full reconciliation changes nothing: every link keeps the time it was made, the figures stay', async () => {
    const before = await reconciledState(graph(), { linkedAt: true });
    const first = await reconcile(graph(), at(0));
    const second = await reconcile(graph(), at(1));
    expect(await reconciledState(graph(), { linkedAt: true })).toEqual(before);
    expect(second).toEqual(first);
    expect(first.accountsLinked).toBeGreaterThan(2000);
    expect(before.relationships.filter((r) => r.includes('-SIGNS_IN_WITH->')).length).toBeGreaterThan(1000);
    // Nothing changed: nothing to do, the same figures.
    expect(await reconcile(graph(), at(2), NOTHING)).toEqual(first);
  }, 300_000);

  it('a group membership a SCIM push already made is marked derived, never doubled', async () => {
    const [pushed] = decodeRows(
      z.object({ identityId: z.string(), groupId: z.string() }),
      await graph().write(q.MEMBERSHIP_AS_PUSHED, {}, 'push'),
      'push',
    );
    if (!pushed) throw new Error('the generated organization has no group member');
    await reconcile(graph(), at(3));
    const memberships = await readRows(
      graph(),
      q.MEMBERSHIPS,
      pushed,
      z.object({ derived: z.boolean().nullable(), source: z.string().nullable() }),
      'memberships',
    );
    expect(memberships).toEqual([{ derived: true, source: 'scim' }]);
  }, 300_000);

  it('after random changes to one app (accounts, assignments, integrations, owner, decisions), reconciling the app is a fixpoint of the full one', async () => {
    const apps = (await readRows(graph(), q.APPS_WITH_ACCOUNTS, {}, idRow, 'apps')).map((r) => r.id);
    const everyone = await readRows(graph(), q.PEOPLE, {}, personRow, 'people');
    // A rehired person has several HR records with one email: a decision by email would have to choose.
    const people = everyone.filter((p) => everyone.filter((other) => other.email === p.email).length === 1);
    const overrides = new OwnershipOverrides(graph());
    for (let round = 0; round < 4; round += 1) {
      const rng = new Rng(2026, `round-${round}`);
      const appId = rng.pick(apps);
      const [records] = await readRows(graph(), q.APP_RECORDS, { appId }, appRecordsRow, 'app-records');
      if (!records) throw new Error(`no app ${appId}`);
      const someone = () => rng.pick(people);

      // A new account that some rule matches: by email (as given, in capitals, with a +tag), user name or display name.
      const person = someone();
      const [local = '', domain = ''] = person.email.split('@');
      const added: { appId: string; id: string; email: string | null; username: string | null; displayName: string | null } = {
        appId,
        id: `${appId}:added-${round}`,
        email: null,
        username: null,
        displayName: null,
      };
      const variant = rng.int(0, 4);
      if (variant === 0) added.email = person.email;
      else if (variant === 1) added.email = person.email.toUpperCase();
      else if (variant === 2) added.email = `${local}+tools@${domain}`;
      else if (variant === 3) added.username = local;
      else added.displayName = person.displayName;
      await graph().write(q.ADD_ACCOUNT, added);

      for (const id of rng.sample(records.accountIds, rng.int(1, 3))) {
        const email = rng.chance(0.5) ? someone().email : `nobody-${round}-${rng.int(0, 999)}@example.net`;
        await graph().write(q.SET_ACCOUNT_EMAIL, { id, email });
      }
      const [removed] = rng.sample(records.accountIds, 1);
      if (removed && records.accountIds.length > 3) await graph().write(q.REMOVE_ACCOUNT, { id: removed });
      for (const id of rng.sample(records.assignmentIds, rng.int(0, 2))) {
        if (rng.chance(0.3)) await graph().write(q.REMOVE_ASSIGNMENT, { id });
        else await graph().write(q.SET_ASSIGNMENT_USER_NAME, { id, userName: records.emails.length ? rng.pick(records.emails) : null });
      }
      for (const id of rng.sample(records.integrationIds, 1))
        await graph().write(q.SET_INTEGRATION_AUTHOR, { id, ref: records.emails.length ? rng.pick(records.emails) : 'nobody' });
      if (rng.chance(0.5)) await graph().write(q.SET_APP_OWNER, { appId, email: someone().email });
      const decided = rng.sample(
        records.accountIds.filter((id) => id !== removed),
        1,
      )[0];
      if (decided) {
        const decision = { actor: cliActor(), now: at(10 * round + 3) };
        const choice = rng.int(0, 2);
        if (choice === 0) await overrides.link(decided, someone().email, decision);
        else if (choice === 1) await overrides.unlink(decided, decision);
        else await overrides.reset(decided, decision);
      }

      const incremental = await reconcile(graph(), at(10 * round + 4), appsScope([appId]));
      const afterApp = await reconciledState(graph(), { linkedAt: true });
      const [owner] = await readRows(graph(), q.ACCOUNT_OWNER, { id: added.id }, ownerRow, 'owner');
      // The new account is linked, or waits for review: the app was reconciled.
      expect((owner?.owners.length ?? 0) + (owner?.needsReview ? 1 : 0), `round ${round}: ${JSON.stringify(added)}`).toBe(1);

      const full = await reconcile(graph(), at(10 * round + 5));
      const afterFull = await reconciledState(graph(), { linkedAt: true });
      expect(afterFull.flags, `round ${round} (${appId})`).toEqual(afterApp.flags);
      expect(afterFull.relationships, `round ${round} (${appId})`).toEqual(afterApp.relationships);
      expect(full, `round ${round}`).toEqual(incremental);
    }
  }, 600_000);
});
