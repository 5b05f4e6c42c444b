import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { LeaverOutcome } from './leaver.type.js';

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
}
