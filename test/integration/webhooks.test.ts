/** Outgoing webhooks: queued with the change, signed with the endpoint's secret, retried with backoff, secret never in the audit log. */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { closeCampaign } from '../../server/reviews/close-campaign.js';
import { createCampaign } from '../../server/reviews/create-campaign.js';
import { launchCampaign } from '../../server/reviews/launch-campaign.js';
import { deliverDueWebhooks } from '../../server/webhooks/deliver-webhooks.js';
import { listDeliveries, redeliver } from '../../server/webhooks/webhook-deliveries.js';
import { signatureOf } from '../../server/webhooks/signature.js';
import { addWebhook } from '../../server/webhooks/webhook-store.js';
import { freshGraph } from '../support/graph.js';
import { loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function receiver(status: () => number): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(status()).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received }),
    ),
  );
}

describe('outgoing webhooks', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  const key = randomBytes(32);
  const servers: Server[] = [];

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await connection?.close();
    org?.cleanUp();
  });

  it('signs each delivery, retries a failing receiver with backoff, and keeps the secret out of the audit log', async () => {
    const good = await receiver(() => 204);
    let badStatus = 500;
    const bad = await receiver(() => badStatus);
    servers.push(good.server, bad.server);
    const goodHook = await addWebhook(
      connection.graph,
      key,
      { url: good.url, events: ['campaign.launched', 'remediation.created'] },
      SYSTEM_ACTOR,
      org.now,
    );
    const badHook = await addWebhook(
      connection.graph,
      key,
      { url: bad.url, events: ['campaign.launched', 'campaign.closed'] },
      SYSTEM_ACTOR,
      org.now,
    );
    expect(goodHook.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    await expect(addWebhook(connection.graph, key, { url: good.url, events: ['campaign.deleted'] }, SYSTEM_ACTOR, org.now)).rejects.toThrow(
      /unknown event campaign.deleted/,
    );

    const draft = await createCampaign(
      connection.graph,
      { name: 'Hooked review', period: '2026-Q4', scopeKind: 'privileged', dueAt: new Date('2026-12-31T23:59:59Z'), owner: 'sam@acme.com' },
      SYSTEM_ACTOR,
      org.now,
    );
    await launchCampaign(connection.graph, draft.id, SYSTEM_ACTOR, org.now);

    const first = await deliverDueWebhooks(connection.graph, key, org.now);
    expect(first.map((o) => o.status).sort()).toEqual(['delivered', 'pending']);
    expect(good.received).toHaveLength(1);
    const [delivery] = good.received;
    const timestamp = String(delivery!.headers['x-attest-timestamp']);
    expect(delivery!.headers['x-attest-signature']).toBe(signatureOf(goodHook.secret, timestamp, delivery!.body));
    expect(delivery!.headers['x-attest-signature']).not.toBe(signatureOf(badHook.secret, timestamp, delivery!.body));
    expect(delivery!.headers['x-attest-event']).toBe('campaign.launched');
    expect(JSON.parse(delivery!.body)).toMatchObject({
      event: 'campaign.launched',
      data: { campaignId: draft.id, name: 'Hooked review', populationCount: 2 },
    });
    expect(bad.received[0]!.headers['x-attest-signature']).toBe(
      signatureOf(badHook.secret, String(bad.received[0]!.headers['x-attest-timestamp']), bad.received[0]!.body),
    );

    // The failing receiver waits its backoff: not again at once, again after a minute.
    expect(await deliverDueWebhooks(connection.graph, key, new Date(org.now.getTime() + 30_000))).toEqual([]);
    const second = await deliverDueWebhooks(connection.graph, key, new Date(org.now.getTime() + 61_000));
    expect(second).toMatchObject([{ status: 'pending', error: 'the receiver answered HTTP 500' }]);
    expect(bad.received).toHaveLength(2);
    expect(good.received).toHaveLength(1);
    // Then five minutes; after six attempts it is failed.
    let at = org.now.getTime() + 61_000;
    for (const wait of [5, 25, 125, 625]) {
      at += wait * 60_000 + 1000;
      await deliverDueWebhooks(connection.graph, key, new Date(at));
    }
    const stored = (await listDeliveries(connection.graph)).find((d) => d.status !== 'delivered');
    expect(stored).toMatchObject({ status: 'failed', attempts: 6, lastError: 'the receiver answered HTTP 500' });
    expect(bad.received).toHaveLength(6);

    // Fixed receiver, redelivered from the CLI's function: delivered once more.
    badStatus = 200;
    expect(await redeliver(connection.graph, stored!.id, SYSTEM_ACTOR, new Date(at))).toBe(true);
    expect(await deliverDueWebhooks(connection.graph, key, new Date(at))).toMatchObject([{ status: 'delivered' }]);
    expect(bad.received).toHaveLength(7);

    // Closing with "revoke" makes remediation tasks: each subscriber gets only its events.
    await closeCampaign(connection.graph, draft.id, 'revoke', SYSTEM_ACTOR, new Date(at));
    await deliverDueWebhooks(connection.graph, key, new Date(at));
    expect(good.received.map((r) => r.headers['x-attest-event'])).toEqual(['campaign.launched', 'remediation.created']);
    expect(JSON.parse(good.received[1]!.body)).toMatchObject({ data: { items: [{ decision: 'revoke' }, { decision: 'revoke' }] } });
    expect(bad.received.map((r) => r.headers['x-attest-event']).at(-1)).toBe('campaign.closed');

    const audit = await readRows(
      connection.graph,
      `MATCH (e:AuditEvent) RETURN e.action AS action, coalesce(e.before, '') + coalesce(e.after, '') AS text`,
      {},
      z.object({ action: z.string(), text: z.string() }),
      'test-audit',
    );
    expect(audit.filter((e) => e.action === 'webhook.add')).toHaveLength(2);
    for (const secret of [goodHook.secret, badHook.secret]) {
      expect(audit.some((e) => e.text.includes(secret) || e.text.includes(secret.slice(6)))).toBe(false);
    }
  });
});
