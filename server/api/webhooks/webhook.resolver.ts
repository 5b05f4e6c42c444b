import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ADMINS } from '../auth-checker.js';
import type { ApiContext } from '../context.js';
import { AddWebhookInput, WebhookDeliveriesArgs } from './webhook.args.js';
import { WebhookService } from './webhook.service.js';
import { AddedWebhook, WebhookDeliveryConnection, WebhookEndpoint } from './webhook.type.js';

/** Outgoing webhooks are security configuration: admins only. */
@Resolver()
export class WebhookResolver {
  @Authorized(ADMINS)
  @Query(() => [String], { description: 'The events an endpoint may receive' })
  webhookEvents(@Ctx() ctx: ApiContext): string[] {
    return new WebhookService(ctx).events();
  }

  @Authorized(ADMINS)
  @Query(() => [WebhookEndpoint], { description: 'Webhook endpoints, oldest first, their URLs masked and never their secrets' })
  webhooks(@Ctx() ctx: ApiContext): Promise<WebhookEndpoint[]> {
    return new WebhookService(ctx).endpoints();
  }

  @Authorized(ADMINS)
  @Query(() => WebhookDeliveryConnection, { description: 'Webhook deliveries, newest first' })
  webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<WebhookDeliveryConnection> {
    return new WebhookService(ctx).deliveries(args);
  }

  @Authorized(ADMINS)
  @Mutation(() => AddedWebhook, {
    description: 'Add an endpoint; the answer carries its signing secret, the only time it is shown. Audited without it',
  })
  addWebhook(@Arg('input', () => AddWebhookInput) input: AddWebhookInput, @Ctx() ctx: ApiContext): Promise<AddedWebhook> {
    return new WebhookService(ctx).add(input);
  }

  @Authorized(ADMINS)
  @Mutation(() => Boolean, { description: 'Remove an endpoint and its undelivered events; audited' })
  removeWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    return new WebhookService(ctx).remove(id);
  }

  @Authorized(ADMINS)
  @Mutation(() => Boolean, { description: 'Queue a delivery again, due now, its attempts counted afresh; audited' })
  redeliverWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<boolean> {
    return new WebhookService(ctx).redeliver(id);
  }
}
