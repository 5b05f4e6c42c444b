import { actorOf, type Actor } from '../../audit/actor.js';
import { loadSecretKey } from '../../connectors/secret-box.js';
import { dataDir } from '../../graph/connect.js';
import { maskedUrl } from '../../webhooks/masked-url.js';
import { recentDeliveries, redeliver } from '../../webhooks/webhook-deliveries.js';
import { WEBHOOK_EVENTS } from '../../webhooks/webhook-events.js';
import {
  addWebhook,
  listWebhooks,
  removeWebhook,
  WebhookError,
  type WebhookEndpoint as StoredEndpoint,
} from '../../webhooks/webhook-store.js';
import type { ApiContext } from '../context.js';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { AddWebhookInput, WebhookDeliveriesArgs } from './webhook.args.js';
import type { AddedWebhook, WebhookDeliveryConnection, WebhookEndpoint } from './webhook.type.js';

const shown = (endpoint: StoredEndpoint): WebhookEndpoint => ({ ...endpoint, url: maskedUrl(endpoint.url) });

/** The dashboard's webhooks: the store (server/webhooks) behind the API's errors, URLs masked, the secret shown once. */
export class WebhookService {
  constructor(private readonly ctx: ApiContext) {}

  private actor(): Actor {
    if (!this.ctx.viewer) throw new UnauthenticatedError();
    return actorOf(this.ctx.viewer);
  }

  events(): string[] {
    return [...WEBHOOK_EVENTS];
  }

  async endpoints(): Promise<WebhookEndpoint[]> {
    return (await listWebhooks(this.ctx.graph)).map(shown);
  }

  async add(input: AddWebhookInput): Promise<AddedWebhook> {
    try {
      const { endpoint, secret } = await addWebhook(
        this.ctx.graph,
        loadSecretKey(dataDir()),
        { url: input.url, events: input.events, secret: input.signingSecret },
        this.actor(),
        this.ctx.now,
      );
      return { endpoint: shown(endpoint), signingSecret: secret };
    } catch (error) {
      if (error instanceof WebhookError) throw new BadInputError(error.message, 'input');
      throw error;
    }
  }

  async remove(id: string): Promise<boolean> {
    try {
      await removeWebhook(this.ctx.graph, id, this.actor(), this.ctx.now);
      return true;
    } catch (error) {
      if (error instanceof WebhookError) throw new NotFoundError('Webhook', id);
      throw error;
    }
  }

  async deliveries(args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
    const offset = decodeCursor(args.after);
    const { total, deliveries } = await recentDeliveries(this.ctx.graph, offset, args.first);
    const end = offset + deliveries.length;
    const hasNextPage = end < total;
    return {
      nodes: deliveries.map((d) => ({ ...d, url: d.url === null ? null : maskedUrl(d.url) })),
      totalCount: total,
      pageInfo: { endCursor: hasNextPage ? encodeCursor(end) : null, hasNextPage },
    };
  }

  async redeliver(id: string): Promise<boolean> {
    if (!(await redeliver(this.ctx.graph, id, this.actor(), this.ctx.now))) throw new NotFoundError('Webhook delivery', id);
    return true;
  }
}
