import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../shared/refs.js';

@ObjectType({ description: 'One field an audit event changed' })
export class AuditChange {
  @Field(() => String, { description: 'Dotted path into the recorded value; empty when the value is not an object' }) field!: string;
  @Field(() => String, { nullable: true, description: 'Null when the field was not there before' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'Null when the field is gone after' }) after!: string | null;
}

@ObjectType({ description: "One change in the audit log; its hash covers every other field and the previous event's hash" })
export class AuditEvent {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1 for the first event, then one more for each; a gap means an event was removed' }) seq!: number;
  @Field(() => String, { description: 'When, ISO 8601 UTC' }) at!: string;
  @Field(() => ID, { description: 'Who made the change: a user id, "cli:<os user>" for the command line, or "system" for Attest itself' })
  actorId!: string;
  @Field(() => String, { description: 'Their name as it was when they made the change' }) actorName!: string;
  @Field(() => String, { description: 'Their role then, or cli / system' }) actorRole!: string;
  @Field(() => String, { description: 'What was done: ownership.link, thresholds.set, app.settings, import, …' }) action!: string;
  @Field(() => String, { description: 'What kind of thing changed: account, identity, app, organization, source, …' }) targetType!: string;
  @Field(() => String) targetId!: string;
  @Field(() => String, {
    nullable: true,
    description: "The target's name now (an app's name, a person's name and email, a campaign's name); null when it no longer exists",
  })
  targetName!: string | null;
  @Field(() => String, { nullable: true, description: 'The value before the change, as canonical JSON; null when there was none' })
  before!: string | null;
  @Field(() => String, { nullable: true, description: 'The value after the change, as canonical JSON' }) after!: string | null;
  @Field(() => [AuditChange], { description: 'What changed, field by field, from before and after; secret-looking values are hidden' })
  changes!: AuditChange[];
  @Field(() => String, { description: 'SHA-256 of the previous event (64 zeros for the first)' }) prevHash!: string;
  @Field(() => String, { description: 'SHA-256 of this event' }) hash!: string;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEvent], { description: 'Newest first' }) nodes!: AuditEvent[];
  @Field(() => Int, { description: 'Events matching the filter' }) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

export enum AuditChainProblem {
  ALTERED = 'altered',
  MISSING = 'missing',
  REORDERED = 'reordered',
  HEAD_MISMATCH = 'head_mismatch',
}
registerEnumType(AuditChainProblem, {
  name: 'AuditChainProblem',
  description: 'How the chain breaks',
  valuesConfig: {
    ALTERED: { description: "The event's content no longer matches its hash" },
    MISSING: { description: 'An event before it is gone: a gap in the sequence, or a previous hash that matches no event' },
    REORDERED: { description: 'It chains to another event than the one before it' },
    HEAD_MISMATCH: { description: "The log's head does not end where the events do: the newest events were removed" },
  },
});

@ObjectType({ description: 'The first place where the audit chain does not verify' })
export class AuditChainBreak {
  @Field(() => Int, { description: 'The first sequence number that does not verify' }) seq!: number;
  @Field(() => ID, { nullable: true, description: 'The event there; null when it is gone' }) eventId!: string | null;
  @Field(() => AuditChainProblem) problem!: AuditChainProblem;
  @Field(() => String, { description: 'What is wrong, in words' }) detail!: string;
}

export enum AuditAnchorProblem {
  MISSING_CHECKPOINTS = 'missing_checkpoints',
  UNREADABLE_CHECKPOINTS = 'unreadable_checkpoints',
  MISSING_KEY = 'missing_key',
  FOREIGN_KEY = 'foreign_key',
  TRUNCATED = 'truncated',
  REWRITTEN = 'rewritten',
}

registerEnumType(AuditAnchorProblem, {
  name: 'AuditAnchorProblem',
  description: 'How the log in the database disagrees with the signed checkpoints kept outside it (attest audit verify says more)',
  valuesConfig: {
    MISSING_CHECKPOINTS: { description: 'No checkpoint file vouches for the events' },
    UNREADABLE_CHECKPOINTS: { description: 'Lines of the checkpoint file are not checkpoints' },
    MISSING_KEY: { description: 'The public key to check the checkpoints with is missing' },
    FOREIGN_KEY: { description: 'Checkpoints are not signed by the public key' },
    TRUNCATED: { description: 'A checkpoint names an event newer than the newest in the database: events were cut off' },
    REWRITTEN: { description: 'A checkpointed event no longer has the hash that was signed' },
  },
});

@ObjectType({
  description:
    'Whether the audit log is intact: every event checked against its hash and the one before it, and the log against its signed checkpoints',
})
export class AuditChain {
  @Field(() => Boolean, { description: 'The chain holds and matches its signed checkpoints' }) ok!: boolean;
  @Field(() => Int, { description: 'Events that verified, from the first' }) eventsChecked!: number;
  @Field(() => Int, { nullable: true, description: 'The newest event that verified' }) lastSeq!: number | null;
  @Field(() => String, { nullable: true }) lastHash!: string | null;
  @Field(() => String, { nullable: true }) lastAt!: string | null;
  @Field(() => AuditChainBreak, { nullable: true, description: 'Null when the chain is intact' }) firstBroken!: AuditChainBreak | null;
  @Field(() => [AuditAnchorProblem], { description: 'Where the log disagrees with its signed checkpoints; empty when it matches' })
  anchorProblems!: AuditAnchorProblem[];
  @Field(() => Int, { nullable: true, description: 'The newest event a signed checkpoint vouches for' }) anchoredSeq!: number | null;
}
