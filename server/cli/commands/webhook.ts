import type { Command } from 'commander';
import { cliActor } from '../../audit/actor.js';
import { now } from '../../config/now.js';
import { loadSecretKey } from '../../connectors/secret-box.js';
import { dataDir } from '../../graph/connect.js';
import { deliverDueWebhooks } from '../../webhooks/deliver-webhooks.js';
import { listDeliveries, redeliver } from '../../webhooks/webhook-deliveries.js';
import { WEBHOOK_EVENTS } from '../../webhooks/webhook-events.js';
import { addWebhook, listWebhooks, removeWebhook } from '../../webhooks/webhook-store.js';
import { withGraph } from '../with-graph.js';

/** `attest webhook add | list | remove | run | deliveries | redeliver`: signed outgoing webhooks. */
export function registerWebhookCommands(program: Command): void {
  const webhook = program
    .command('webhook')
    .description(`Outgoing webhooks, signed with HMAC-SHA256 (events: ${WEBHOOK_EVENTS.join(', ')})`);

  webhook
    .command('add')
    .description('Send these events to a URL; prints the signing secret once')
    .requiredOption('--url <url>', 'the receiver, http(s)')
    .requiredOption('--events <events>', `comma-separated: ${WEBHOOK_EVENTS.join(',')}`)
    .action(async (options: { url: string; events: string }) => {
      await withGraph(async (graph) => {
        const { endpoint, secret } = await addWebhook(
          graph,
          loadSecretKey(dataDir()),
          { url: options.url, events: options.events.split(',') },
          cliActor(),
          now(),
        );
        console.log(`Added webhook ${endpoint.id} for ${endpoint.events.join(', ')}`);
        console.log(`Signing secret (shown once; keep it with the receiver): ${secret}`);
      });
    });

  webhook
    .command('list')
    .description('List webhook endpoints (never their secrets)')
    .action(async () => {
      await withGraph(async (graph) => {
        const endpoints = await listWebhooks(graph);
        if (endpoints.length === 0) console.log('No webhooks: add one with `attest webhook add`.');
        for (const e of endpoints) console.log(`${e.id}  ${e.url}  ${e.events.join(', ')}`);
      });
    });

  webhook
    .command('remove')
    .argument('<id>', 'webhook id')
    .description('Remove an endpoint and its undelivered events')
    .action(async (id: string) => {
      await withGraph(async (graph) => {
        await removeWebhook(graph, id, cliActor(), now());
        console.log(`Removed webhook ${id}`);
      });
    });

  webhook
    .command('run')
    .description('Send the deliveries due now (what attest serve does every minute)')
    .action(async () => {
      await withGraph(async (graph) => {
        const outcomes = await deliverDueWebhooks(graph, loadSecretKey(dataDir()), now());
        for (const o of outcomes) console.log(`${o.id}  ${o.event}: ${o.status}${o.error ? ` (${o.error})` : ''}`);
        console.log(`${outcomes.filter((o) => o.status === 'delivered').length} of ${outcomes.length} delivered`);
      });
    });

  webhook
    .command('deliveries')
    .description('List deliveries with their status, attempts and last error')
    .action(async () => {
      await withGraph(async (graph) => {
        for (const d of await listDeliveries(graph))
          console.log(`${d.id}  ${d.event}  ${d.status}, ${d.attempts} attempt(s)${d.lastError ? `, last: ${d.lastError}` : ''}`);
      });
    });

  webhook
    .command('redeliver')
    .argument('<delivery>', 'delivery id (see `attest webhook deliveries`)')
    .description('Queue a delivery again, due now')
    .action(async (id: string) => {
      await withGraph(async (graph) => {
        if (!(await redeliver(graph, id, cliActor(), now()))) throw new Error(`no delivery has id ${id}`);
        console.log(`Delivery ${id} is queued again`);
      });
    });
}
