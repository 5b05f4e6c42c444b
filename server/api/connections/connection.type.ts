import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A connection to a vendor API that Attest syncs on a schedule; its credential is never returned' })
export class VendorConnection {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The connector: okta, …' }) kind!: string;
  @Field(() => String, { description: 'The vendor, as people name it' }) kindLabel!: string;
  @Field(() => String) baseUrl!: string;
  @Field(() => String, {
    nullable: true,
    description: 'The vendor account it reads (a GitHub organization); null when the connector needs none',
  })
  org!: string | null;
  @Field(() => Int, { description: 'How often the server syncs it, in minutes' }) everyMinutes!: number;
  @Field(() => String, { nullable: true }) lastRunAt!: string | null;
  @Field(() => String, { nullable: true, description: 'succeeded, partial or failed' }) lastStatus!: string | null;
  @Field(() => String, { nullable: true, description: 'What the last run imported, or why it imported nothing' })
  lastMessage!: string | null;
  @Field(() => String, { nullable: true, description: 'When the schedule syncs it next; null: at the next check' }) nextRunAt!:
    string | null;
  @Field(() => Boolean, { description: 'A sync of it is running in the server now' }) running!: boolean;
  @Field(() => String, { nullable: true, description: 'The running sync’s latest progress line' }) progress!: string | null;
}

@ObjectType({ description: 'A vendor Attest can connect to' })
export class ConnectorKindInfo {
  @Field(() => String) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { nullable: true, description: 'The vendor’s public API; null when each customer has its own address' })
  defaultUrl!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What to ask for as the account it reads (e.g. "GitHub organization"); null when it needs none',
  })
  orgLabel!: string | null;
  @Field(() => String, { description: 'What the credential is: "API token", "Service account key (JSON)"' }) credentialLabel!: string;
  @Field(() => String, { description: 'One sentence on what to paste as the credential' }) credentialHint!: string;
  @Field(() => Boolean, { description: 'The credential is a multi-line document (a JSON key, a PEM), not a one-line token' })
  credentialMultiline!: boolean;
}

@ObjectType({ description: 'Whether the stored credential can read what one part of a sync needs' })
export class ConnectionCheck {
  @Field(() => String, { description: 'The permission or scope to grant when it cannot' }) permission!: string;
  @Field(() => Boolean) ok!: boolean;
  @Field(() => String, { nullable: true }) problem!: string | null;
}
