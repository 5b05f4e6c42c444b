import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { MAX_MONTHLY_SEAT_COST } from '../../vocabulary/classify.js';
import { Privilege } from '../shared/enums.js';

@ArgsType()
export class RolesAndSeatsArgs {
  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'Only roles whose privilege was read from the name and seat types whose cost is assumed or unknown (false: every role and seat type)',
  })
  onlyToClassify: boolean = true;

  @Field(() => ID, { nullable: true, description: 'Only this app' }) appId?: string;
}

@InputType({ description: 'Say what a role may do; kept across imports and audited' })
export class ClassifyRoleInput {
  @Field(() => ID) roleId!: string;
  @Field(() => Privilege) privilege!: Privilege;
}

@InputType({ description: 'Say what a seat type costs per seat per month; kept across imports and audited' })
export class SetSeatCostInput {
  @Field(() => ID) seatTypeId!: string;
  @Field(() => Float, { description: "In the seat type's currency" })
  @Min(0)
  @Max(MAX_MONTHLY_SEAT_COST)
  monthlyCost!: number;
}
