import { MaxLength, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AccountKind } from '../shared/enums.js';

@InputType({ description: 'Link an account or identity to a person, whatever the rules say' })
export class LinkOwnerInput {
  @Field(() => ID, { description: 'Account or identity id' }) recordId!: string;
  @Field(() => ID, { description: 'Person id, employee id or email' }) personId!: string;
  @Field(() => String, { nullable: true, description: 'Why, kept with the link' })
  @MaxLength(500)
  note?: string;
}

@InputType({ description: 'Say an account or identity belongs to nobody in HR; the rules will not link it' })
export class UnlinkOwnerInput {
  @Field(() => ID) recordId!: string;
  @Field(() => String, { nullable: true })
  @MaxLength(500)
  note?: string;
}

@InputType({ description: 'Mark an account as a service or shared account, with the person who answers for it' })
export class MarkAccountKindInput {
  @Field(() => ID) accountId!: string;
  @Field(() => AccountKind, { description: 'SERVICE or SHARED' }) kind!: AccountKind;
  @Field(() => ID, { description: 'Person id, employee id or email of the owner (required)' }) ownerId!: string;
  @Field(() => String, { nullable: true })
  @MaxLength(500)
  note?: string;
}

@ArgsType()
export class ReviewQueueArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first: number = 50;

  @Field(() => String, { nullable: true }) after?: string;
}
