import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Finding } from '../findings/finding.type.js';
import { AccountStatus, Privilege } from '../shared/enums.js';
import { PrivilegeSource, SeatCostSource } from '../vocabulary/vocabulary.type.js';
import { WasteShare } from '../overview/waste-share.type.js';
import { AccountRef, PageInfo, PersonRef } from '../shared/refs.js';

@ObjectType({ description: 'A SaaS tenant or workspace, with its seat and admin figures' })
export class App {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Its catalog entry; null for an app outside the catalog (activity unknown, seat cost unknown until set)',
  })
  catalogKey!: string | null;
  @Field(() => String) vendor!: string;
  @Field(() => String) plan!: string;
  @Field(() => String) billingModel!: string;
  @Field(() => String, { description: 'What removing an account saves under this billing model' }) billingNote!: string;
  @Field(() => Boolean) ssoEnforced!: boolean;
  @Field(() => Boolean) scimEnabled!: boolean;
  @Field(() => Boolean, { description: 'The source gives last-activity data; without it nobody is called inactive' })
  activityData!: boolean;
  @Field(() => Int, { nullable: true, description: "The plan's seat cap, when it has one" }) seatCap!: number | null;
  @Field(() => Int) seatsPaid!: number;
  @Field(() => Int) seatsUsed!: number;
  @Field(() => Int, { description: 'Seats held at a cost nobody knows yet (setSeatCost); spend and waste leave them out' })
  seatsAtUnknownCost!: number;
  @Field(() => Int) accounts!: number;
  @Field(() => Float) monthlySpend!: number;
  @Field(() => Float) monthlyWaste!: number;
  @Field(() => [WasteShare], { description: "monthlyWaste by cause; each is the sum of the app's findings of that type" })
  wasteByCause!: WasteShare[];
  @Field(() => Float) yearlyWaste!: number;
  @Field(() => String) currency!: string;
  @Field(() => Int, { description: 'Live active accounts holding an admin or owner role' }) adminCount!: number;
  @Field(() => Int, { description: 'Admins who are active people: what sole-admin risk counts' }) effectiveAdminCount!: number;
  @Field(() => Int, { description: "Effective admins the app needs: the app's own setting, else its catalog entry's" })
  minimumAdmins!: number;
  @Field(() => Int) pendingInvites!: number;
  @Field(() => Int) findingCount!: number;
  @Field(() => PersonRef, { nullable: true }) owner!: PersonRef | null;
  @Field(() => String, { nullable: true, description: 'When this app was last synced' }) lastSyncedAt!: string | null;
}

@ObjectType()
export class RoleHolder {
  @Field(() => AccountRef) account!: AccountRef;
  @Field(() => PersonRef, { nullable: true }) person!: PersonRef | null;
  @Field(() => Boolean, { description: 'Counts towards the minimum admins' }) effective!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Why an admin does not count towards the minimum (owner left, account suspended, …)',
  })
  notEffectiveBecause!: string | null;
}

@ObjectType({ description: "A page of a role's live holders, by email" })
export class RoleHolderConnection {
  @Field(() => [RoleHolder]) nodes!: RoleHolder[];
  @Field(() => Int, { description: 'Live accounts holding the role' }) totalCount!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType()
export class AppRole {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Privilege) privilege!: Privilege;
  @Field(() => PrivilegeSource) privilegeSource!: PrivilegeSource;
  @Field(() => String) description!: string;
  @Field(() => RoleHolderConnection, { description: 'The first page of its holders; roleHolders gives the next ones' })
  holders!: RoleHolderConnection;
}

@ObjectType()
export class AppSeatType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Float, { description: 'Per seat per month; 0 while costSource is UNKNOWN' }) monthlyCost!: number;
  @Field(() => SeatCostSource) costSource!: SeatCostSource;
  @Field(() => String) currency!: string;
  @Field(() => Int, { nullable: true }) capacity!: number | null;
  @Field(() => Int) held!: number;
}

@ObjectType()
export class PendingInvite {
  @Field(() => AccountRef) account!: AccountRef;
  @Field(() => String, { nullable: true }) invitedAt!: string | null;
  @Field(() => Int, { nullable: true }) ageDays!: number | null;
  @Field(() => Boolean) expired!: boolean;
  @Field(() => Boolean) holdsSeat!: boolean;
}

@ObjectType()
export class AppIntegration {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) mode!: string;
  @Field(() => AccountRef, { nullable: true }) enabledBy!: AccountRef | null;
  @Field(() => PersonRef, { nullable: true }) enabledByPerson!: PersonRef | null;
  @Field(() => String, { nullable: true }) enabledAt!: string | null;
  @Field(() => String, { nullable: true }) lastUsedAt!: string | null;
  @Field(() => [String]) scopes!: string[];
}

@ObjectType()
export class Caveat {
  @Field(() => String) topic!: string;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'An app with everything its page shows' })
export class AppDetail extends App {
  @Field(() => [AppRole]) roles!: AppRole[];
  @Field(() => [AppSeatType]) seatTypes!: AppSeatType[];
  @Field(() => [PendingInvite]) pendingInviteList!: PendingInvite[];
  @Field(() => [AppIntegration]) integrations!: AppIntegration[];
  @Field(() => [Caveat]) caveats!: Caveat[];
  @Field(() => [Finding], { description: 'Its most severe findings, then the costliest: at most 50 (findingCount says how many in all)' })
  findings!: Finding[];
  @Field(() => [AccountStatusCount]) accountsByStatus!: AccountStatusCount[];
}

@ObjectType()
export class AccountStatusCount {
  @Field(() => AccountStatus) status!: AccountStatus;
  @Field(() => Int) count!: number;
}
