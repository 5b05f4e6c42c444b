import { Field, ID, ObjectType } from 'type-graphql';
import { AccountRef, AppRef } from '../shared/refs.js';

@ObjectType({ description: 'An integration a person enabled or authorized through one of their accounts' })
export class PersonIntegration {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'workspace (a shared credential) or user (personal OAuth)' }) mode!: string;
  @Field(() => String, { description: 'ENABLED_BY (set up for the workspace) or AUTHORIZED_BY (personal consent)' }) how!: string;
  @Field(() => AppRef) app!: AppRef;
  @Field(() => AccountRef) account!: AccountRef;
  @Field(() => [String]) scopes!: string[];
  @Field(() => String, { nullable: true }) enabledAt!: string | null;
  @Field(() => String, { nullable: true }) lastUsedAt!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The integration-left-behind finding about it, if the person left or the account is gone',
  })
  leftBehindFindingId!: string | null;
}
