import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PEOPLE_PAGE = 100;

@ArgsType()
export class PeopleArgs {
  @Field(() => String, { nullable: true, description: 'Name, email, department, title or employee id' })
  @MaxLength(200)
  search?: string;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(MAX_PEOPLE_PAGE)
  first: number = 25;

  @Field(() => String, { nullable: true }) after?: string;
}
