import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_TEAM_PAGE } from '../../reviews/team.js';

@ArgsType()
export class TeamPeopleArgs {
  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(MAX_TEAM_PAGE)
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'Pass pageInfo.endCursor to get the next page' }) after?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, email or department' })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only accounts with a finding or a flagged review item of yours, and only the people who have one',
  })
  flaggedOnly: boolean = false;
}
