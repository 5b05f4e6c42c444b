import { Field, InputType, Int } from 'type-graphql';

/**
 * A connection to add. Checked in the service, not with class-validator: its errors carry the whole
 * input object, credential included.
 */
@InputType({ description: 'A connection to add. The credential is stored encrypted and is never returned, logged or audited' })
export class AddConnectionInput {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'One of connectorKinds' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'The API’s base URL; the connector’s default when left out' }) baseUrl?:
    string | null;
  @Field(() => String, { nullable: true, description: 'The vendor account to read, for a connector with an orgLabel' }) org?: string | null;
  @Field(() => Int, { description: 'How often the server syncs it, in minutes (1 to 10080)' }) everyMinutes!: number;
  @Field(() => String, { description: 'API token or key; write-only' }) credential!: string;
}
