import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SYSTEM_ACTOR } from '../../server/audit/actor.js';
import { now } from '../../server/config/now.js';
import type { GraphConnection } from '../../server/graph/connect.js';
import { readRows } from '../../server/graph/decode.js';
import { notifyConfig, type NotifyConfig } from '../../server/notifications/notify-config.js';
import { runNotifyPass, type PassOutcome } from '../../server/notifications/notify-pass.js';
import { closeCampaign } from '../../server/reviews/close-campaign.js';
import { escalateOverdue } from '../../server/reviews/escalate.js';
import { apiClient } from '../support/api.js';
import { freshGraph, testDatabaseEnv } from '../support/graph.js';
import { startMailSink, startWebhookReceiver, type MailSink } from '../support/mail-sink.js';
import { EVERY_NODE_PROPERTIES } from '../support/notifications.queries.js';
import { launchedCampaign, type Gql } from '../support/review-api.js';
import { loadReviewOrg, type ReviewOrg } from '../support/review-org.js';

const SMTP_PASSWORD = 'pw-Sm7p-only-in-the-url';
const HOOK_PATH = '/services/T0TEST/B0TEST/hooktoken0123456789';
const PUBLIC_URL = 'https://attest.example.com';

interface MessageView {
  channel: string;
  to: string;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
const MESSAGES = `query($id: ID!) { campaign(id: $id) { notifications { channel to kind status attempts lastError createdAt sentAt } } }`;

describe('review notifications by mail and Slack', () => {
  let connection: GraphConnection;
  let org: ReviewOrg;
  let admin: Gql;
  let sink: MailSink;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let config: NotifyConfig;
  let campaignId: string;
  const previousNow = process.env.ATTEST_NOW;

  /** One pass at `at` (ATTEST_NOW), returning the mails and Slack posts it delivered. */
  const passAt = async (at: string) => {
    process.env.ATTEST_NOW = at;
    const [mailsBefore, postsBefore] = [sink.mails.length, hook.posts.length];
    const outcome: PassOutcome = await runNotifyPass(connection.graph, config, now());
    return { outcome, mails: sink.mails.slice(mailsBefore), posts: hook.posts.slice(postsBefore) };
  };
  const messages = async (): Promise<MessageView[]> => {
    const result = await admin<{ campaign: { notifications: MessageView[] } }>(MESSAGES, { id: campaignId });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.campaign.notifications;
  };
  const byRecipient = (mails: { to: string[]; subject: string }[]) => mails.map((m) => `${m.to.join(',')}: ${m.subject}`).sort();

  beforeAll(async () => {
    connection = await freshGraph();
    org = await loadReviewOrg(connection.graph);
    process.env.ATTEST_NOW = '2026-11-20T09:00:00Z';
    admin = await apiClient(connection.graph);
    campaignId = await launchedCampaign(admin, { dueAt: '2026-12-04' });
    sink = await startMailSink('attest-mailer', SMTP_PASSWORD);
    hook = await startWebhookReceiver(HOOK_PATH);
    config = notifyConfig({ ATTEST_SMTP_URL: sink.url, ATTEST_SLACK_WEBHOOK_URL: hook.url, ATTEST_PUBLIC_URL: PUBLIC_URL });
  });
  afterAll(async () => {
    if (previousNow === undefined) delete process.env.ATTEST_NOW;
    else process.env.ATTEST_NOW = previousNow;
    await sink.close();
    await hook.close();
    await connection.close();
    org.cleanUp();
  });

  it('tells each reviewer once what is assigned to them, with the count, the due date and a link to My reviews', async () => {
    const link = `${PUBLIC_URL}/my-reviews?campaign=${campaignId}`;
    const launchDay = await passAt('2026-11-20T09:00:00Z');
    expect(byRecipient(launchDay.mails)).toEqual([
      'ada@acme.com: 2 items to review in “Q4 review”, due 2026-12-04',
      'grace@acme.com: 2 items to review in “Q4 review”, due 2026-12-04',
      'sam@acme.com: 3 items to review in “Q4 review”, due 2026-12-04',
    ]);
    const sam = launchDay.mails.find((mail) => mail.to.includes('sam@acme.com'));
    expect(sam?.text).toContain('Hello Sam Shield,');
    expect(sam?.text).toContain('3 items assigned to you in “Q4 review”, due 2026-12-04.');
    expect(sam?.text).toContain(`Open My reviews: ${link}`);
    expect(launchDay.posts.map((post) => post.text.split('\n')[0]).sort()).toEqual([
      '*Ada Lovelace*: 2 items to review in “Q4 review”, due 2026-12-04',
      '*Grace Hopper*: 2 items to review in “Q4 review”, due 2026-12-04',
      '*Sam Shield*: 3 items to review in “Q4 review”, due 2026-12-04',
    ]);
    expect(launchDay.posts.every((post) => post.text.endsWith(`<${link}|Open My reviews>`))).toBe(true);

    const laterThatDay = await passAt('2026-11-20T15:00:00Z');
    const nextDay = await passAt('2026-11-21T09:00:00Z');
    const eightDaysBefore = await passAt('2026-11-26T09:00:00Z');
    expect([laterThatDay, nextDay, eightDaysBefore].map((pass) => pass.mails.length + pass.posts.length)).toEqual([0, 0, 0]);
  });

  it('a week before the due date it reminds; a refused mail is recorded failed and sent by a pass after the backoff', async () => {
    sink.refusing = true;
    const refused = await passAt('2026-11-27T09:00:00Z');
    expect(refused.outcome).toMatchObject({ planned: 3, queued: 6, sent: 3, failed: 3 });
    expect(refused.mails).toEqual([]);
    expect(refused.posts.map((post) => post.text.split('\n')[0]).sort()).toEqual([
      '*Ada Lovelace*: Reminder: 2 items in “Q4 review” due in 7 days',
      '*Grace Hopper*: Reminder: 2 items in “Q4 review” due in 7 days',
      '*Sam Shield*: Reminder: 3 items in “Q4 review” due in 7 days',
    ]);
    const failed = (await messages()).filter((m) => m.status === 'FAILED');
    expect(failed.map((m) => [m.to, m.kind, m.attempts]).sort()).toEqual([
      ['ada@acme.com', 'REMINDER', 1],
      ['grace@acme.com', 'REMINDER', 1],
      ['sam@acme.com', 'REMINDER', 1],
    ]);
    expect(failed[0]?.lastError).toMatch(/451.*Mailbox unavailable/);

    sink.refusing = false;
    const tooSoon = await passAt('2026-11-27T09:10:00Z');
    expect(tooSoon.outcome).toMatchObject({ planned: 0, queued: 0, sent: 0, failed: 0 });
    const retried = await passAt('2026-11-27T09:20:00Z');
    expect(retried.outcome).toMatchObject({ planned: 0, queued: 0, sent: 3, failed: 0 });
    expect(byRecipient(retried.mails)).toEqual([
      'ada@acme.com: Reminder: 2 items in “Q4 review” due in 7 days',
      'grace@acme.com: Reminder: 2 items in “Q4 review” due in 7 days',
      'sam@acme.com: Reminder: 3 items in “Q4 review” due in 7 days',
    ]);
    expect(retried.posts).toEqual([]);
    const sent = (await messages()).filter((m) => m.channel === 'EMAIL' && m.kind === 'REMINDER');
    expect(sent.map((m) => [m.status, m.attempts, m.lastError, m.sentAt])).toEqual(
      sent.map(() => ['SENT', 2, null, '2026-11-27T09:20:00.000Z']),
    );
  });

  it('reminds 3 days and 1 day before and on the due date; once overdue, escalates to the manager in one digest', async () => {
    const reminders = [];
    for (const day of ['2026-11-28', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      const pass = await passAt(`${day}T09:00:00Z`);
      reminders.push(`${day}: ${[...new Set(pass.mails.map((mail) => mail.subject))].sort().join(' | ') || '-'} (${pass.mails.length})`);
    }
    expect(reminders).toEqual([
      '2026-11-28: - (0)',
      '2026-12-01: Reminder: 2 items in “Q4 review” due in 3 days | Reminder: 3 items in “Q4 review” due in 3 days (3)',
      '2026-12-02: - (0)',
      '2026-12-03: Reminder: 2 items in “Q4 review” due tomorrow | Reminder: 3 items in “Q4 review” due tomorrow (3)',
      '2026-12-04: Reminder: 2 items in “Q4 review” due today | Reminder: 3 items in “Q4 review” due today (3)',
    ]);

    process.env.ATTEST_NOW = '2026-12-05T08:00:00Z';
    await escalateOverdue(connection.graph, now(), SYSTEM_ACTOR);
    const overdue = await passAt('2026-12-05T09:00:00Z');
    // Grace's two items and two of Sam's went to Ada (Sam's third is Ada's own account); Ada has no manager.
    expect(byRecipient(overdue.mails)).toEqual([
      'ada@acme.com: Access reviews: 2 updates for you',
      'sam@acme.com: Reminder: 1 item in “Q4 review” overdue by 1 day',
    ]);
    const ada = overdue.mails.find((mail) => mail.to.includes('ada@acme.com'));
    expect(ada?.text).toContain('4 items in “Q4 review” escalated to you: their reviewer did not decide by the due date (2026-12-04).');
    expect(ada?.text).toContain('6 items still open in “Q4 review”, overdue by 1 day (2026-12-04).');
    expect(ada?.text).toContain(`${PUBLIC_URL}/my-reviews?campaign=${campaignId}`);
    const dailyOverdue = await passAt('2026-12-06T09:00:00Z');
    expect(byRecipient(dailyOverdue.mails)).toEqual([
      'ada@acme.com: Reminder: 6 items in “Q4 review” overdue by 2 days',
      'sam@acme.com: Reminder: 1 item in “Q4 review” overdue by 2 days',
    ]);
  });

  it('`attest notify run --json` tells the reviewers the campaign closed, and no secret reaches the graph, the audit log or the output', async () => {
    // The API client answers as of TEST_NOW; the close must happen on 6 December.
    await closeCampaign(connection.graph, campaignId, 'no_change', SYSTEM_ACTOR, new Date('2026-12-06T16:00:00Z'));
    const env = {
      ...process.env,
      ...testDatabaseEnv(),
      ATTEST_NOW: '2026-12-07T07:00:00Z',
      ATTEST_SMTP_URL: sink.url,
      ATTEST_SLACK_WEBHOOK_URL: hook.url,
      ATTEST_PUBLIC_URL: PUBLIC_URL,
    };
    const mailsBefore = sink.mails.length;
    // Not spawnSync: the mail server and the webhook receiver answer from this process.
    const run = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, '..', '..', 'bin', 'attest.js'), 'notify', 'run', '--json'],
      {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ enabled: true, planned: 2, queued: 4, sent: 4, failed: 0, errors: [] });
    expect(byRecipient(sink.mails.slice(mailsBefore))).toEqual([
      'ada@acme.com: “Q4 review” is closed',
      'sam@acme.com: “Q4 review” is closed',
    ]);

    const kinds = (await messages()).map((m) => `${m.channel} ${m.kind} ${m.status}`);
    const histogram = Object.fromEntries([...new Set(kinds)].sort().map((kind) => [kind, kinds.filter((k) => k === kind).length]));
    expect(histogram).toEqual({
      'EMAIL ASSIGNED SENT': 3,
      'EMAIL CLOSED SENT': 2,
      'EMAIL DIGEST SENT': 1,
      'EMAIL REMINDER SENT': 15,
      'SLACK ASSIGNED SENT': 3,
      'SLACK CLOSED SENT': 2,
      'SLACK DIGEST SENT': 1,
      'SLACK REMINDER SENT': 15,
    });

    const everything = JSON.stringify(
      await readRows(
        connection.graph,
        EVERY_NODE_PROPERTIES,
        {},
        z.object({ labels: z.array(z.string()), props: z.unknown() }),
        'test-all',
      ),
    );
    expect(everything).toContain('AuditEvent');
    expect(everything).toContain('"Notification"');
    for (const secret of [SMTP_PASSWORD, 'hooktoken0123456789']) {
      expect(everything).not.toContain(secret);
      expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
    }
  });
});
