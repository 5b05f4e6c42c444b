import { Field, Float, Int, ObjectType } from 'type-graphql';
import { FindingTotal } from '../findings/finding.type.js';
import { Source } from '../sources/source.type.js';
import { WasteShare } from './waste-share.type.js';

@ObjectType({ description: 'Seats and money for one app, as drawn on the overview charts' })
export class AppSeatUsage {
  @Field(() => String) appId!: string;
  @Field(() => String) appName!: string;
  @Field(() => Int, { description: 'Purchased capacity, or seats held where capacity is unknown' }) seatsPaid!: number;
  @Field(() => Int, { description: 'Seats held by active accounts that are neither orphaned nor inactive' }) seatsUsed!: number;
  @Field(() => Int) seatsHeld!: number;
  @Field(() => Int, { description: 'Seats held by accounts with an inactive-user finding' }) seatsInactive!: number;
  @Field(() => Int, { description: 'Seats held by invites not yet accepted' }) seatsPending!: number;
  @Field(() => Int, { description: 'Seats held by orphaned accounts' }) seatsOrphaned!: number;
  @Field(() => Int, { description: 'Seats held by duplicate accounts (not orphaned)' }) seatsDuplicate!: number;
  @Field(() => Int, { description: 'Seats held by suspended accounts the app still bills' }) seatsSuspended!: number;
  @Field(() => Int, { description: 'Paid seats at a known cost that no account holds' }) seatsUnassigned!: number;
  @Field(() => Float) monthlySpend!: number;
  @Field(() => Float, { description: 'Paid seats not in real use, in dollars per month: the sum of wasteByCause' }) monthlyWaste!: number;
  @Field(() => Float) yearlyWaste!: number;
  @Field(() => [WasteShare], {
    description: "monthlyWaste by cause; each is the sum of the monthlyCost of the app's findings of that type",
  })
  wasteByCause!: WasteShare[];
  @Field(() => String) currency!: string;
}

@ObjectType()
export class Overview {
  @Field(() => String) asOf!: string;
  @Field(() => Int) people!: number;
  @Field(() => Int) activePeople!: number;
  @Field(() => Int) apps!: number;
  @Field(() => Int, { description: 'Live accounts that are not deactivated' }) accounts!: number;
  @Field(() => [FindingTotal], { description: 'One entry per finding type, zero counts included' }) findingCounts!: FindingTotal[];
  @Field(() => Int) seatsPaid!: number;
  @Field(() => Int) seatsUsed!: number;
  @Field(() => Float) monthlySpend!: number;
  @Field(() => Float, {
    description: "Paid seats not in real use: the sum of perApp's monthlyWaste and of the waste findings' monthlyCost",
  })
  monthlyWaste!: number;
  @Field(() => Float) yearlyWaste!: number;
  @Field(() => [WasteShare], {
    description: 'monthlyWaste by cause (pending invites, inactive, orphaned, duplicate, suspended, unassigned)',
  })
  wasteByCause!: WasteShare[];
  @Field(() => String) currency!: string;
  @Field(() => [AppSeatUsage]) perApp!: AppSeatUsage[];
  @Field(() => [Source], { description: 'Sources not synced successfully for more than 7 days' }) staleSources!: Source[];
}
