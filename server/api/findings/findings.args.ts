import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { FindingSort, FindingType, Severity } from '../shared/enums.js';

export const MAX_PAGE_SIZE = 200;

@InputType()
export class FindingFilter {
  @Field(() => [FindingType], { nullable: true }) types?: FindingType[];
  @Field(() => [ID], { nullable: true, description: 'App ids' }) apps?: string[];
  @Field(() => [Severity], { nullable: true }) severities?: Severity[];
  @Field(() => ID, { nullable: true }) personId?: string;
  @Field(() => String, { nullable: true, description: 'Matches account email, person name or app name' })
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class FindingsArgs {
  @Field(() => FindingFilter, { nullable: true }) filter?: FindingFilter;

  @Field(() => FindingSort, { defaultValue: FindingSort.SEVERITY }) sort: FindingSort = FindingSort.SEVERITY;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 50;

  @Field(() => String, { nullable: true }) after?: string;
}
