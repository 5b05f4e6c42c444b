import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum UserRole {
  ADMIN = 'admin',
  FINANCE = 'finance',
  AUDITOR = 'auditor',
  MANAGER = 'manager',
}
registerEnumType(UserRole, { name: 'UserRole', description: 'What a signed-in user may do (see the README, "Signing in")' });

@ObjectType({ description: 'The signed-in user' })
export class Me {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => ID, {
    nullable: true,
    description: 'The HR person this user is (matched by email); a manager sees the people who report to them',
  })
  personId!: string | null;
}
