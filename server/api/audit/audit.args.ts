import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

export const MAX_AUDIT_PAGE_SIZE = 200;

@InputType({ description: 'Every field narrows the list; leave it out to not filter on it' })
export class AuditEventFilter {
  @Field(() => String, { nullable: true, description: "Part of the actor's id or name, any case" })
  @MaxLength(200)
  actor?: string;

  @Field(() => String, { nullable: true, description: 'Exactly this action, e.g. ownership.link' })
  @MaxLength(100)
  action?: string;

  @Field(() => String, { nullable: true, description: 'Exactly this kind of target, e.g. account' })
  @MaxLength(100)
  targetType?: string;

  @Field(() => ID, { nullable: true })
  @MaxLength(500)
  targetId?: string;

  @Field(() => String, { nullable: true, description: 'From this time, inclusive: an ISO date (2026-11-20) or date-time' })
  @MaxLength(40)
  from?: string;

  @Field(() => String, { nullable: true, description: 'To this time, inclusive; a date alone means to the end of that day (UTC)' })
  @MaxLength(40)
  to?: string;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(MAX_AUDIT_PAGE_SIZE)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' }) after?: string;
}
