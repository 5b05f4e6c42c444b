import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { WasteCause } from '../../findings/waste-causes.js';
import { FindingType } from '../shared/enums.js';

@ObjectType({
  description:
    'Seat waste of one cause: the seats and monthly cost of one waste-bearing finding type; the findings of that type (filtered by app and type) add up to it',
})
export class WasteShare {
  @Field(() => FindingType) type!: WasteCause;
  @Field(() => Int, { description: 'Seats wasted for this cause (paid seats nobody holds, for unassigned_seats)' }) seats!: number;
  @Field(() => Float, { description: "Monthly cost, in the seats' currency" }) monthlyCost!: number;
}
