/** Two processes sending at once (two `attest serve`, or serve and a CLI run) never send one webhook delivery or notification twice. */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { notifyConfig } from '../../server/notifications/notify-config.js';
import { LEASE_MS, runNotifyPass } from '../../server/notifications/notify-pass.js';
import { claimForSending, enqueue, loadPlanInput } from '../../server/notifications/outbox.js';
import { planMessages } from '../../server/notifications/planner.js';
import { deliverDueWebhooks } from '../../server/webhooks/deliver-webhooks.js';
import { enqueueWebhookEvent } from '../../server/webhooks/webhook-events.js';
import { addWebhook } from '../../server/webhooks/webhook-store.js';
import { apiClient } from '../support/api.js';
import { freshGraph } from '../support/graph.js';
import { startMailSink, startWebhookReceiver, type MailSink } from '../support/mail-sink.js';
import { launchedCampaign } from '../support/review-api.js';
import { loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

/** A receiver that answers after a short wait, so two passes overlap while sending. */
function slowReceiver(): Promise<{ server: Server; url: string; deliveryIds: string[] }> {
  const deliveryIds: string[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      deliveryIds.push(String(request.headers['x-attest-delivery']));
      setTimeout(() => response.writeHead(204).end(), 15);
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, deliveryIds }),
    ),
  );
}

describe('sending leases', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let sink: MailSink;
  let slack: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let receiver: Awaited<ReturnType<typeof slowReceiver>>;

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    sink = await startMailSink('attest-mailer', 'pw-lease-test');
    slack = await startWebhookReceiver('/services/T0LEASE/B0LEASE/leasetoken');
    receiver = await slowReceiver();
  });
  afterAll(async () => {
    receiver?.server.close();
    await sink?.close();
    await slack?.close();
    await connection?.close();
    org?.cleanUp();
  });

  it('two webhook passes at once deliver each of 35 deliveries exactly once', async () => {
    const key = randomBytes(32);
    await addWebhook(connection.graph, key, { url: receiver.url, events: ['remediation.created'] }, SYSTEM_ACTOR, org.now);
    for (let i = 0; i < 35; i++) {
      await connection.graph.executeWrite((tx) => enqueueWebhookEvent(tx, 'remediation.created', { task: i }, org.now));
    }

    const [a, b] = await Promise.all([
      deliverDueWebhooks(connection.graph, key, org.now),
      deliverDueWebhooks(connection.graph, key, org.now),
    ]);

    expect(receiver.deliveryIds).toHaveLength(35);
    expect(new Set(receiver.deliveryIds).size).toBe(35);
    expect(a.length + b.length).toBe(35);
    expect([...a, ...b].every((outcome) => outcome.status === 'delivered')).toBe(true);
    expect(await deliverDueWebhooks(connection.graph, key, new Date(org.now.getTime() + 60_000))).toEqual([]);
  });

  it('two notification passes at once send each reviewer one mail and one Slack post', async () => {
    const admin = await apiClient(connection.graph);
    await launchedCampaign(admin, { dueAt: '2026-12-04' });
    const config = notifyConfig({
      ATTEST_SMTP_URL: sink.url,
      ATTEST_SLACK_WEBHOOK_URL: slack.url,
      ATTEST_PUBLIC_URL: 'https://attest.example.com',
    });
    const at = new Date('2026-11-20T09:00:00Z');

    const passes = await Promise.all([runNotifyPass(connection.graph, config, at), runNotifyPass(connection.graph, config, at)]);

    expect(sink.mails.map((mail) => mail.to.join(',')).sort()).toEqual(['ada@acme.com', 'grace@acme.com', 'sam@acme.com']);
    expect(slack.posts).toHaveLength(3);
    expect(passes[0].sent + passes[1].sent).toBe(6);
  });

  it('a message claimed by a pass that died is sent once its lease has run out, not before', async () => {
    const admin = await apiClient(connection.graph);
    await launchedCampaign(admin, { name: 'Second review', dueAt: '2026-12-11' });
    const config = notifyConfig({ ATTEST_SMTP_URL: sink.url });
    const at = new Date('2026-11-21T09:00:00Z');
    const mailsBefore = sink.mails.length;
    // The dead pass: it planned and queued, claimed every message, then sent nothing.
    await enqueue(connection.graph, planMessages(await loadPlanInput(connection.graph, config.cadence, at)), ['email'], config.baseUrl, at);
    const claimed = await claimForSending(connection.graph, at, 100, [], {
      claimant: 'dead-pass',
      until: new Date(at.getTime() + LEASE_MS),
    });
    expect(claimed?.map((message) => message.to).sort()).toEqual(['ada@acme.com', 'grace@acme.com', 'sam@acme.com']);

    const during = await runNotifyPass(connection.graph, config, new Date(at.getTime() + LEASE_MS - 60_000));
    expect(during.sent).toBe(0);
    expect(sink.mails.length).toBe(mailsBefore);

    const after = await runNotifyPass(connection.graph, config, new Date(at.getTime() + LEASE_MS + 1000));
    expect(after.sent).toBe(3);
    expect(
      sink.mails
        .slice(mailsBefore)
        .map((mail) => mail.to.join(','))
        .sort(),
    ).toEqual(['ada@acme.com', 'grace@acme.com', 'sam@acme.com']);
  });
});
