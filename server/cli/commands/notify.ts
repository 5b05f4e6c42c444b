import type { Command } from 'commander';
import { now } from '../../config/now.js';
import { notificationsOn, notifyConfig } from '../../notifications/notify-config.js';
import { runNotifyPass } from '../../notifications/notify-pass.js';
import { withGraph } from '../with-graph.js';

/** `attest notify run`: one notification pass now, for cron (`attest serve` runs them on its own timer). */
export function registerNotifyCommands(program: Command): void {
  const notify = program
    .command('notify')
    .description('Review notifications by mail (ATTEST_SMTP_URL) and Slack (ATTEST_SLACK_WEBHOOK_URL)');

  notify
    .command('run')
    .description(
      "Plan today's messages (assignments, reminders, escalations, closes; one digest per person a day), then send what is queued or due a retry",
    )
    .option('--json', 'print JSON', false)
    .action(async (options: { json: boolean }) => {
      const config = notifyConfig();
      if (!notificationsOn(config)) {
        const off = 'Notifications are off: set ATTEST_SMTP_URL and/or ATTEST_SLACK_WEBHOOK_URL';
        if (options.json) process.stdout.write(`${JSON.stringify({ enabled: false, message: off })}\n`);
        else console.log(off);
        return;
      }
      await withGraph(async (graph) => {
        const outcome = await runNotifyPass(graph, config, now());
        if (options.json) {
          process.stdout.write(`${JSON.stringify({ enabled: true, ...outcome }, null, 2)}\n`);
          return;
        }
        console.log(
          `${outcome.planned} person(s) with news today; ${outcome.queued} message(s) queued, ${outcome.sent} sent, ${outcome.failed} failed`,
        );
        for (const error of outcome.errors) console.log(`  failed: ${error} (retried by a later pass)`);
      });
    });
}
