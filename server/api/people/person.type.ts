import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Finding } from '../findings/finding.type.js';
import { AccountKind, AccountStatus, IdentityStatus, PersonStatus, Privilege } from '../shared/enums.js';
import { AppRef, PageInfo } from '../shared/refs.js';

@ObjectType({ description: 'A person from HR' })
export class Person {
  @Field(() => ID) id!: string;
  @Field(() => String) employeeId!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => PersonStatus) status!: PersonStatus;
  @Field(() => Int) accountCount!: number;
  @Field(() => Int) findingCount!: number;
}

@ObjectType()
export class PersonConnection {
  @Field(() => [Person]) nodes!: Person[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType({ description: 'An IdP account belonging to the person' })
export class Identity {
  @Field(() => ID) id!: string;
  @Field(() => String) idp!: string;
  @Field(() => String) login!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => IdentityStatus) status!: IdentityStatus;
  @Field(() => String, { nullable: true }) lastLoginAt!: string | null;
  @Field(() => Boolean, {
    description: 'Whether the source gives sign-in data: a null lastLoginAt means never signed in only when this is true',
  })
  lastLoginKnown!: boolean;
  @Field(() => Boolean) isAdmin!: boolean;
  @Field(() => [String]) groups!: string[];
}

@ObjectType({ description: "One of the person's app accounts" })
export class PersonAccount {
  @Field(() => ID) id!: string;
  @Field(() => AppRef) app!: AppRef;
  @Field(() => String) email!: string;
  @Field(() => AccountStatus) status!: AccountStatus;
  @Field(() => AccountKind) kind!: AccountKind;
  @Field(() => [String]) roles!: string[];
  @Field(() => Privilege, { nullable: true, description: 'Highest privilege among the roles' }) privilege!: Privilege | null;
  @Field(() => String, { nullable: true }) seatType!: string | null;
  @Field(() => String, { nullable: true }) lastActiveAt!: string | null;
  @Field(() => String, { nullable: true, description: 'How the account was linked to the person' }) linkReason!: string | null;
  @Field(() => [Finding]) findings!: Finding[];
}

@ObjectType({ description: 'A person with everything their page shows' })
export class PersonDetail extends Person {
  @Field(() => String, { nullable: true }) startDate!: string | null;
  @Field(() => String, { nullable: true }) endDate!: string | null;
  @Field(() => [String]) alternateEmails!: string[];
  @Field(() => Person, { nullable: true }) manager!: Person | null;
  @Field(() => [Person], { description: 'Manager, their manager, and so on up to the top' }) managerChain!: Person[];
  @Field(() => [Person], { description: 'Direct reports' }) reports!: Person[];
  @Field(() => [Identity]) identities!: Identity[];
  @Field(() => [PersonAccount]) accounts!: PersonAccount[];
}
