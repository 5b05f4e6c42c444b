import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ROLE_HOLDER_PAGE, ROLE_HOLDERS_SHOWN } from '../../findings/role-holders.js';

@ArgsType()
export class RoleHoldersArgs {
  @Field(() => ID) roleId!: string;

  @Field(() => Int, { defaultValue: ROLE_HOLDER_PAGE, description: `Holders per page (1 to ${ROLE_HOLDERS_SHOWN})` })
  @Min(1)
  @Max(ROLE_HOLDERS_SHOWN)
  first: number = ROLE_HOLDER_PAGE;

  @Field(() => String, { nullable: true, description: 'The pageInfo.endCursor of the previous page' })
  @MaxLength(100)
  after?: string;
}
