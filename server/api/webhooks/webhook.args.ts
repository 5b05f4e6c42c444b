import { Max, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

/** Checked in the store, not with class-validator: its errors would carry the whole input, secret included. */
@InputType({ description: 'An endpoint to add; the signing secret is generated unless given' })
export class AddWebhookInput {
  @Field(() => String, { description: 'https (plain http only to localhost)' }) url!: string;
  @Field(() => [String], { description: 'Some of webhookEvents' }) events!: string[];
  @Field(() => String, { nullable: true, description: "The receiver's own secret (24 to 200 characters); write-only" })
  signingSecret?: string | null;
}

const MAX_DELIVERY_PAGE = 100;

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(MAX_DELIVERY_PAGE)
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' }) after?: string;
}
