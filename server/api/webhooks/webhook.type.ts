import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../shared/refs.js';

@ObjectType({ description: 'Where Attest POSTs signed events; its signing secret is never returned after it is added' })
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The receiver, with any token in its path or query masked (****)' }) url!: string;
  @Field(() => [String], { description: 'The events it receives (webhookEvents)' }) events!: string[];
  @Field(() => String) createdAt!: string;
}

@ObjectType()
export class AddedWebhook {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field(() => String, {
    description: 'The HMAC-SHA256 signing secret: shown in this answer only, never again; keep it with the receiver',
  })
  signingSecret!: string;
}

@ObjectType({ description: 'One event sent (or to be sent) to one endpoint' })
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => String, { nullable: true, description: "The endpoint's URL, masked as in webhooks" }) url!: string | null;
  @Field(() => String) event!: string;
  @Field(() => String, { description: 'pending (due at nextAttemptAt), delivered, or failed (after the last attempt)' })
  status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) lastAttemptAt!: string | null;
  @Field(() => String, { nullable: true }) nextAttemptAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed; never the URL' }) lastError!: string | null;
  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status on the last attempt" }) statusCode!: number | null;
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery]) nodes!: WebhookDelivery[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
