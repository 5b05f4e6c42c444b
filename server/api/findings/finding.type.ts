import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FindingType, Severity } from '../shared/enums.js';
import { AccountRef, AppRef, PageInfo, PersonRef } from '../shared/refs.js';

@ObjectType({ description: 'Something that needs action, with the graph facts behind it' })
export class Finding {
  @Field(() => ID) id!: string;
  @Field(() => FindingType) type!: FindingType;
  @Field(() => Severity) severity!: Severity;
  @Field(() => AppRef) app!: AppRef;
  @Field(() => AccountRef, { nullable: true, description: 'Null for app-level findings (sole admin)' }) account!: AccountRef | null;
  @Field(() => PersonRef, { nullable: true, description: 'The account owner, when there is one' }) person!: PersonRef | null;
  @Field(() => Float, { description: 'Seat cost at stake per month, 0 when no seat is involved' }) monthlyCost!: number;
  @Field(() => String) currency!: string;
  @Field(() => String, { description: 'Why this was reported, in words a reviewer can act on' }) reason!: string;
  @Field(() => String, { nullable: true, description: "The app's own caveat for this kind of finding, from the catalog" }) appCaveat!:
    string | null;
  @Field(() => String) suggestedAction!: string;
  @Field(() => [String], { description: 'The graph facts the rule relied on' }) evidence!: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Days since the relevant event (invite sent, last activity), when the rule is about age',
  })
  ageDays!: number | null;
  @Field(() => String) detectedAt!: string;
}

@ObjectType()
export class FindingTotal {
  @Field(() => FindingType) type!: FindingType;
  @Field(() => Int) count!: number;
  @Field(() => Float) monthlyCost!: number;
}

@ObjectType()
export class FindingConnection {
  @Field(() => [Finding]) nodes!: Finding[];
  @Field(() => Int) totalCount!: number;
  @Field(() => Float, { description: 'Sum of monthlyCost over every finding matching the filter' }) totalMonthlyCost!: number;
  @Field(() => [FindingTotal], { description: 'Counts and cost per type over every finding matching the filter' }) byType!: FindingTotal[];
  @Field(() => String) currency!: string;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
