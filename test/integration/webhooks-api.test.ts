/** Webhooks in the dashboard: admins add (secret shown once), list (URL tokens masked), page through deliveries, redeliver and remove. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { loadSecretKey } from '../../server/connectors/secret-box.js';
import { dataDir } from '../../server/graph/connect.js';
import { deliverDueWebhooks } from '../../server/webhooks/deliver-webhooks.js';
import { enqueueWebhookEvent } from '../../server/webhooks/webhook-events.js';
import { apiClient, TEST_ADMIN } from '../support/api.js';
import { TEST_NOW } from '../support/demo.js';
import { freshGraph } from '../support/graph.js';
import type { Gql } from '../support/review-api.js';

const ADD = `mutation($input: AddWebhookInput!) { addWebhook(input: $input) { signingSecret endpoint { id url events createdAt } } }`;
const DELIVERIES = `query($first: Int, $after: String) {
  webhookDeliveries(first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage }
    nodes { id url event status attempts lastError nextAttemptAt statusCode lastAttemptAt }
  }
}`;

interface DeliveryView {
  id: string;
  url: string | null;
  event: string;
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  statusCode: number | null;
}
interface DeliveryPage {
  webhookDeliveries: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: DeliveryView[] };
}

describe('webhooks through the API', () => {
  let connection: GraphConnection;
  let admin: Gql;
  let server: Server;
  let port = 0;
  let status = 503;
  const now = new Date(TEST_NOW);

  beforeAll(async () => {
    connection = await freshGraph();
    admin = await apiClient(connection.graph);
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(status).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server?.close();
    await connection?.close();
  });

  it('adds an endpoint with a secret shown once, lists it with its path token masked, and refuses plain http elsewhere than localhost', async () => {
    expect((await admin<{ webhookEvents: string[] }>(`{ webhookEvents }`)).data?.webhookEvents).toContain('campaign.launched');

    const refused = await admin(ADD, { input: { url: 'http://hooks.example.com/in', events: ['campaign.closed'] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/https/);
    const shortSecret = 'too-short-secret';
    const badSecret = await admin(ADD, {
      input: { url: 'https://hooks.example.com/in', events: ['campaign.closed'], signingSecret: shortSecret },
    });
    expect(badSecret.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badSecret.errors)).not.toContain(shortSecret);

    const added = await admin<{ addWebhook: { signingSecret: string; endpoint: { id: string; url: string; events: string[] } } }>(ADD, {
      input: { url: 'https://hooks.slack.example.com/services/T0TEST/B0TEST/hooktoken0123456789?key=abc', events: ['campaign.launched'] },
    });
    expect(added.errors).toBeNull();
    const secret = added.data!.addWebhook.signingSecret;
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(added.data!.addWebhook.endpoint).toMatchObject({
      url: 'https://hooks.slack.example.com/services/****/****/****?key=****',
      events: ['campaign.launched'],
    });

    const given = 'receiver-chosen-secret-0123456789';
    const local = await admin<{ addWebhook: { signingSecret: string; endpoint: { id: string } } }>(ADD, {
      input: { url: `http://127.0.0.1:${port}/hooks`, events: ['remediation.created'], signingSecret: given },
    });
    expect(local.data?.addWebhook.signingSecret).toBe(given);

    const listed = await admin<{ webhooks: { url: string; events: string[] }[] }>(`{ webhooks { id url events createdAt } }`);
    // Both were added at the same ATTEST_NOW, so their order is the ids' (random): compare as a set.
    expect(listed.data?.webhooks.map((w) => w.url).sort()).toEqual(
      [`http://127.0.0.1:${port}/hooks`, 'https://hooks.slack.example.com/services/****/****/****?key=****'].sort(),
    );
    expect(JSON.stringify(listed)).not.toContain('hooktoken0123456789');
    expect(JSON.stringify(listed)).not.toContain(secret);

    const auditor = await apiClient(connection.graph, { ...TEST_ADMIN, role: 'auditor' });
    expect((await auditor(`{ webhooks { id } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await auditor(ADD, { input: { url: 'https://x.example.com', events: ['campaign.closed'] } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('pages through deliveries newest first with status, attempts, error and HTTP status; redelivers and removes, audited without secrets', async () => {
    for (let i = 0; i < 5; i++) {
      await connection.graph.executeWrite((tx) =>
        enqueueWebhookEvent(tx, 'remediation.created', { task: i }, new Date(now.getTime() + i * 1000)),
      );
    }
    await deliverDueWebhooks(connection.graph, loadSecretKey(dataDir()), new Date(now.getTime() + 10_000));

    const first = await admin<DeliveryPage>(DELIVERIES, { first: 2 });
    const page1 = first.data!.webhookDeliveries;
    expect(page1.totalCount).toBe(5);
    expect(page1.nodes).toHaveLength(2);
    expect(page1.nodes[0]).toMatchObject({
      url: `http://127.0.0.1:${port}/hooks`,
      event: 'remediation.created',
      status: 'pending',
      attempts: 1,
      lastError: 'the receiver answered HTTP 503',
      statusCode: 503,
      nextAttemptAt: new Date(now.getTime() + 10_000 + 60_000).toISOString(),
    });
    const rest: DeliveryView[] = [];
    let after = page1.pageInfo.endCursor;
    while (after) {
      const next: DeliveryPage = (await admin<DeliveryPage>(DELIVERIES, { first: 2, after })).data!;
      rest.push(...next.webhookDeliveries.nodes);
      after = next.webhookDeliveries.pageInfo.endCursor;
    }
    expect(new Set([...page1.nodes, ...rest].map((d) => d.id)).size).toBe(5);

    status = 200;
    const target = page1.nodes[0]!.id;
    const redelivered = await admin<{ redeliverWebhook: boolean }>(`mutation($id: ID!) { redeliverWebhook(id: $id) }`, { id: target });
    expect(redelivered.data?.redeliverWebhook).toBe(true);
    expect((await admin(`mutation { redeliverWebhook(id: "no-such-delivery") }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const outcomes = await deliverDueWebhooks(connection.graph, loadSecretKey(dataDir()), new Date(now.getTime() + 20_000));
    expect(outcomes).toEqual([expect.objectContaining({ id: target, status: 'delivered' })]);

    const hooks = (await admin<{ webhooks: { id: string; url: string }[] }>(`{ webhooks { id url } }`)).data!.webhooks;
    const removed = await admin<{ removeWebhook: boolean }>(`mutation($id: ID!) { removeWebhook(id: $id) }`, { id: hooks[1]!.id });
    expect(removed.data?.removeWebhook).toBe(true);
    expect((await admin<{ webhooks: { id: string }[] }>(`{ webhooks { id } }`)).data?.webhooks).toHaveLength(1);

    const audit = await readRows(
      connection.graph,
      `MATCH (e:AuditEvent) WHERE e.action STARTS WITH 'webhook.' RETURN e.action AS action, e.actorId AS actorId, coalesce(e.before, '') + coalesce(e.after, '') AS text`,
      {},
      z.object({ action: z.string(), actorId: z.string(), text: z.string() }),
      'test-audit',
    );
    expect(audit.map((e) => e.action).sort()).toEqual(['webhook.add', 'webhook.add', 'webhook.redeliver', 'webhook.remove']);
    expect(audit.every((e) => !e.text.includes('whsec_') && !e.text.includes('receiver-chosen-secret'))).toBe(true);
    expect(audit.some((e) => e.text.includes('hooktoken0123456789'))).toBe(false);
  });
});
