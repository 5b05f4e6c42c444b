import { Field, ID, ObjectType } from 'type-graphql';
import { AccountStatus, PersonStatus } from './enums.js';

/** Small references used wherever a finding or row points at another node. */
@ObjectType({ description: 'A link to an app' })
export class AppRef {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'A link to a person' })
export class PersonRef {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => PersonStatus) status!: PersonStatus;
}

@ObjectType({ description: 'A link to an app account' })
export class AccountRef {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => AccountStatus) status!: AccountStatus;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}
