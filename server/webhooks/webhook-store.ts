import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import type { Actor } from '../audit/actor.js';
import { seal } from '../connectors/secret-box.js';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { maskedUrl } from './masked-url.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from './webhook-events.js';
import * as q from './webhook.queries.js';

export class WebhookError extends Error {}

const endpointRow = z.object({ id: z.string(), url: z.string(), events: z.array(z.string()), createdAt: z.string() });
export type WebhookEndpoint = z.output<typeof endpointRow>;

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
const SECRET_SHAPE = /^[\x21-\x7e]{24,200}$/;

function checkedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new WebhookError(`"${text}" is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)))
    throw new WebhookError('a webhook URL is https (plain http only to localhost)');
  if (url.username || url.password) throw new WebhookError('a webhook URL carries no credentials; Attest signs each request instead');
  return url.toString();
}

/**
 * Adds an endpoint; returns its signing secret, shown this once (it is stored sealed with the data
 * directory's key). The secret is generated unless the receiver already has one to give.
 */
export async function addWebhook(
  graph: Graph,
  key: Buffer,
  input: { url: string; events: string[]; secret?: string | null },
  actor: Actor,
  now: Date,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const url = checkedUrl(input.url);
  const events = [...new Set(input.events.map((e) => e.trim()).filter(Boolean))];
  if (events.length === 0) throw new WebhookError(`give at least one event: ${WEBHOOK_EVENTS.join(', ')}`);
  const unknown = events.filter((e) => !(WEBHOOK_EVENTS as readonly string[]).includes(e));
  if (unknown.length) throw new WebhookError(`unknown event ${unknown.join(', ')}; events are ${WEBHOOK_EVENTS.join(', ')}`);
  const given = input.secret?.trim();
  if (given && !SECRET_SHAPE.test(given)) throw new WebhookError('a signing secret is 24 to 200 printable characters without spaces');
  const secret = given || `whsec_${randomBytes(32).toString('hex')}`;
  const endpoint = { id: randomUUID(), url, events: events as WebhookEvent[], createdAt: now.toISOString() };
  await graph.executeWrite(async (tx) => {
    await tx.run(q.CREATE_ENDPOINT, { endpoint: { ...endpoint, sealedSecret: seal(key, secret), createdById: actor.id } });
    await appendAudit(
      tx,
      actor,
      // The URL as shown, masked: a token in its path is as secret as the signing secret.
      {
        action: 'webhook.add',
        targetType: 'WebhookEndpoint',
        targetId: endpoint.id,
        before: null,
        after: { ...endpoint, url: maskedUrl(url) },
      },
      now,
    );
  }, 'webhook-add');
  return { endpoint, secret };
}

export function listWebhooks(graph: Graph): Promise<WebhookEndpoint[]> {
  return readRows(graph, q.LIST_ENDPOINTS, {}, endpointRow, 'webhooks');
}

/** Removes an endpoint and its undelivered outbox. */
export async function removeWebhook(graph: Graph, id: string, actor: Actor, now: Date): Promise<void> {
  await graph.executeWrite(async (tx) => {
    const [removed] = decodeRows(z.object({ deleted: z.number() }), rowsOf(await tx.run(q.DELETE_ENDPOINT, { id })), 'webhook-remove');
    if (!removed || removed.deleted === 0) throw new WebhookError(`no webhook has id ${id}`);
    await appendAudit(
      tx,
      actor,
      { action: 'webhook.remove', targetType: 'WebhookEndpoint', targetId: id, before: { id }, after: null },
      now,
    );
  }, 'webhook-remove');
}
