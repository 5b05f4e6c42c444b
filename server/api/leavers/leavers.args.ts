import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { LeaverOutcome } from './leaver.type.js';

const MAX_LEAVER_PAGE = 500;

@ArgsType()
export class LeaversArgs {
  @Field(() => String, { nullable: true, description: 'Termination dates from (YYYY-MM-DD, inclusive)' })
  @MaxLength(10)
  from?: string;

  @Field(() => String, { nullable: true, description: 'Termination dates to (YYYY-MM-DD, inclusive)' })
  @MaxLength(10)
  to?: string;

  @Field(() => LeaverOutcome, { nullable: true, description: 'Only rows with this outcome (the KPI still counts every leaver)' })
  outcome?: LeaverOutcome;

  @Field(() => Int, { nullable: true, description: `Rows per page (1 to ${MAX_LEAVER_PAGE}); every row when left out` })
  @IsOptional()
  @Min(1)
  @Max(MAX_LEAVER_PAGE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The pageInfo.endCursor of the previous page' })
  @MaxLength(100)
  after?: string;
}
