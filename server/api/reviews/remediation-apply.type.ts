import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "Deprovisioning a revoked account through the vendor's API, and the vendor's last answer (admins only)" })
export class RemediationApply {
  @Field(() => String, { nullable: true, description: 'The connection "Apply" would use; null when apply is not offered' })
  offeredVia!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What apply will do, for the confirmation ("remove octocat from the GitHub organization acme")',
  })
  action!: string | null;
  @Field(() => String, { nullable: true, description: 'Why apply is not offered, when it is not' })
  notOffered!: string | null;
  @Field(() => String) account!: string;
  @Field(() => String) appName!: string;
  @Field(() => String, { nullable: true }) appliedAt!: string | null;
  @Field(() => String, { nullable: true }) appliedByName!: string | null;
  @Field(() => String, { nullable: true, description: 'The connection the last apply went through' }) appliedVia!: string | null;
  @Field(() => Int, { nullable: true, description: "The vendor's HTTP status; null when it did not answer" }) httpStatus!: number | null;
  @Field(() => String, { nullable: true, description: "One line on the vendor's answer: never a credential or a raw body" })
  outcome!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The vendor accepted the last apply; the task is verified by the next import' })
  ok!: boolean | null;
}
