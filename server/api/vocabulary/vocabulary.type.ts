import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Privilege } from '../shared/enums.js';
import { AppRef } from '../shared/refs.js';

export enum PrivilegeSource {
  CATALOG = 'catalog',
  INFERRED = 'inferred',
  CONFIRMED = 'confirmed',
}
registerEnumType(PrivilegeSource, {
  name: 'PrivilegeSource',
  description: "Where a role's privilege comes from: the app catalog, Attest's reading of the role's name, or a person (classifyRole)",
});

export enum SeatCostSource {
  CATALOG = 'catalog',
  ASSUMED = 'assumed',
  UNKNOWN = 'unknown',
  CONFIRMED = 'confirmed',
}
registerEnumType(SeatCostSource, {
  name: 'SeatCostSource',
  description:
    "Where a seat type's cost comes from: the catalog, the app's default seat (a seat type the catalog does not know), nowhere yet (an app outside the catalog), or a person (setSeatCost)",
});

@ObjectType({ description: 'A role of an app, in the words the app uses' })
export class VocabularyRole {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Privilege) privilege!: Privilege;
  @Field(() => PrivilegeSource) privilegeSource!: PrivilegeSource;
  @Field(() => Privilege, { description: 'What the catalog says, or what the name suggests: the privilege before anyone chose' })
  defaultPrivilege!: Privilege;
  @Field(() => Int, { description: 'Live accounts holding the role' }) holders!: number;
}

@ObjectType({ description: 'A seat type of an app, in the words the app uses' })
export class VocabularySeatType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { nullable: true, description: 'Per seat per month; null while nobody knows' }) monthlyCost!: number | null;
  @Field(() => String) currency!: string;
  @Field(() => SeatCostSource) costSource!: SeatCostSource;
  @Field(() => Float, { nullable: true, description: "The catalog's or the default seat's cost, before anyone set it" })
  defaultMonthlyCost!: number | null;
  @Field(() => Int, { description: 'Live accounts holding the seat type' }) holders!: number;
}

@ObjectType({ description: "An app's roles and seat types to classify (or all of them)" })
export class AppVocabulary {
  @Field(() => AppRef) app!: AppRef;
  @Field(() => String, { nullable: true, description: 'Its catalog entry; null for an app outside the catalog' }) catalogKey!:
    string | null;
  @Field(() => [VocabularyRole]) roles!: VocabularyRole[];
  @Field(() => [VocabularySeatType]) seatTypes!: VocabularySeatType[];
}

@ObjectType({ description: 'A role after classifyRole; the findings are already recomputed' })
export class RoleClassification {
  @Field(() => AppRef) app!: AppRef;
  @Field(() => VocabularyRole) role!: VocabularyRole;
}

@ObjectType({ description: 'A seat type after setSeatCost; the findings and seat figures are already recomputed' })
export class SeatCostChange {
  @Field(() => AppRef) app!: AppRef;
  @Field(() => VocabularySeatType) seatType!: VocabularySeatType;
}
