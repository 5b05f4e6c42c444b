import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo, PersonRef } from '../shared/refs.js';

@ObjectType({ description: 'An account or IdP identity, as a manual decision or a review names it' })
export class OwnedRecord {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'account or identity' }) recordType!: string;
  @Field(() => String, { description: 'Email, login or user name' }) label!: string;
  @Field(() => String, { nullable: true, description: 'The app, for an account' }) appName!: string | null;
}

@ObjectType({ description: 'What a manual ownership decision changed' })
export class OwnershipChange {
  @Field(() => OwnedRecord) record!: OwnedRecord;
  @Field(() => PersonRef, { nullable: true, description: 'Who owns it now; null when nobody does' }) owner!: PersonRef | null;
  @Field(() => String, { nullable: true, description: 'How it is linked now, in words' }) linkReason!: string | null;
  @Field(() => Int, { description: 'Findings on this record after the change' }) findingCount!: number;
}

@ObjectType({ description: 'One person an ambiguous record matched, with what in HR agrees with the record' })
export class ReviewCandidate {
  @Field(() => PersonRef) person!: PersonRef;
  @Field(() => String, { nullable: true }) employeeId!: string | null;
  @Field(() => String, { nullable: true }) department!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => [String], { description: 'Each key on which the record and this person agree, in words, strongest first' })
  matchedOn!: string[];
}

@ObjectType({ description: 'An account or identity that matched several people: nobody is linked until a person decides' })
export class ReviewItem {
  @Field(() => OwnedRecord) record!: OwnedRecord;
  @Field(() => String) displayName!: string;
  @Field(() => String, { description: 'Why it is ambiguous' }) reason!: string;
  @Field(() => [PersonRef]) candidates!: PersonRef[];
  @Field(() => [ReviewCandidate], { description: 'The candidates with their HR place and the evidence for each' })
  candidateDetails!: ReviewCandidate[];
}

@ObjectType()
export class ReviewQueue {
  @Field(() => [ReviewItem]) nodes!: ReviewItem[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
