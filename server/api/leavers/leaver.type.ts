import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../shared/refs.js';

export enum LeaverOutcome {
  WITHIN = 'within',
  LATE = 'late',
  ACTIVE = 'active',
  PENDING = 'pending',
  UNKNOWN = 'unknown',
}
registerEnumType(LeaverOutcome, {
  name: 'LeaverOutcome',
  description: "A leaver's account or identity against the deprovisioning SLA (the leaver's own: the worst of theirs)",
  valuesConfig: {
    WITHIN: { description: 'Deprovisioned no later than the termination date (00:00 UTC) plus the SLA' },
    LATE: { description: 'Deprovisioned after the SLA' },
    ACTIVE: { description: 'Still live past the SLA (an orphaned-account finding names an active account)' },
    PENDING: { description: 'Still live, but the SLA has not elapsed' },
    UNKNOWN: { description: 'Already inactive when Attest first saw it, after the SLA: when it was deprovisioned is not known' },
  },
});

export enum DeprovisionedSource {
  VENDOR = 'vendor',
  FIRST_SEEN = 'first_seen',
}
registerEnumType(DeprovisionedSource, {
  name: 'DeprovisionedSource',
  valuesConfig: {
    VENDOR: { description: "The vendor's own time (Okta statusChanged)" },
    FIRST_SEEN: { description: 'The first import that saw it inactive or removed: bounded by how often the source is synced' },
  },
});

@ObjectType({ description: 'One account or IdP identity of a terminated person, timed against the SLA' })
export class LeaverRecord {
  @Field(() => ID) personId!: string;
  @Field(() => String) personName!: string;
  @Field(() => String, { nullable: true }) personEmail!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) terminationDate!: string;
  @Field(() => String, { description: 'account or identity' }) kind!: string;
  @Field(() => ID) recordId!: string;
  @Field(() => ID, { nullable: true, description: 'Null for an IdP identity' }) appId!: string | null;
  @Field(() => String, { description: "The app, or the IdP's name for an identity" }) appName!: string;
  @Field(() => String) accountName!: string;
  @Field(() => String) status!: string;
  @Field(() => Boolean, { description: 'Missing from a later complete import' }) removed!: boolean;
  @Field(() => String, { nullable: true }) deprovisionedAt!: string | null;
  @Field(() => DeprovisionedSource, { nullable: true }) source!: DeprovisionedSource | null;
  @Field(() => Float, { nullable: true, description: 'Hours from the termination date (00:00 UTC) to deprovisioning' })
  hours!: number | null;
  @Field(() => Int) slaHours!: number;
  @Field(() => LeaverOutcome) outcome!: LeaverOutcome;
  @Field(() => LeaverOutcome) leaverOutcome!: LeaverOutcome;
  @Field(() => ID, { nullable: true, description: 'The orphaned-account finding of an account still active' }) findingId!: string | null;
}

@ObjectType({
  description:
    'Leavers deprovisioned within SLA: of the terminated people in the period whose outcome is settled (within or late), the share whose every timed account and identity was deprovisioned within the SLA',
})
export class LeaverSla {
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => Int, { description: "The organization's SLA in hours; an app's own may differ" }) slaHours!: number;
  @Field(() => Int) leavers!: number;
  @Field(() => Int) withinSla!: number;
  @Field(() => Int) late!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) unmeasured!: number;
  @Field(() => Float, { nullable: true, description: 'withinSla / (withinSla + late) in percent; null when none is settled' })
  percentWithinSla!: number | null;
}

@ObjectType()
export class LeaverReport extends LeaverSla {
  @Field(() => [LeaverRecord], { description: 'One page of rows (every row without `first`), by termination date, newest first' })
  rows!: LeaverRecord[];
  @Field(() => Int, { description: 'Rows matching the filter, on every page' }) totalRows!: number;
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
