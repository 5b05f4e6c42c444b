import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One import of one source' })
export class SyncRun {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { description: 'What a complete import of this source replaces, e.g. "slack-users:Slack"' }) scope!: string;
  @Field(() => String, { description: 'succeeded or failed' }) status!: string;
  @Field(() => [String]) files!: string[];
  @Field(() => String, { description: 'SHA-256 of the imported files, in order' }) sha256!: string;
  @Field(() => Int) recordsRead!: number;
  @Field(() => Int) added!: number;
  @Field(() => Int, { description: 'Records already there whose content changed' }) updated!: number;
  @Field(() => Int, { description: 'Records already there, unchanged, so not written (0 on runs before this was counted)' })
  unchanged!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Boolean, { description: 'A full listing: records it no longer lists were marked removed' }) complete!: boolean;
  @Field(() => String) startedAt!: string;
  @Field(() => Int) durationMs!: number;
  @Field(() => [String]) errors!: string[];
  @Field(() => [String]) notes!: string[];
  @Field(() => Boolean, { description: 'Written, but links and findings are not yet brought up to date with it' }) reconciling!: boolean;
}

@ObjectType({ description: 'A data source and how fresh it is' })
export class Source {
  @Field(() => String) scope!: string;
  @Field(() => String) kind!: string;
  @Field(() => String, { nullable: true, description: 'Last successful import' }) lastSyncedAt!: string | null;
  @Field(() => String) lastStatus!: string;
  @Field(() => Int, { nullable: true }) daysSinceSync!: number | null;
  @Field(() => Boolean, { description: 'Not synced successfully for more than 7 days' }) stale!: boolean;
  @Field(() => Int) runs!: number;
  @Field(() => Boolean, { description: 'An import of this source is written but not yet reconciled: its findings may be out of date' })
  reconciling!: boolean;
}

@ObjectType({ description: 'A kind of input Attest can import' })
export class ImportKindInfo {
  @Field(() => String) kind!: string;
  @Field(() => String) description!: string;
  @Field(() => Boolean) needsApp!: boolean;
}

@ObjectType({ description: 'An app an upload can be for: one Attest already has, or one the catalog knows' })
export class ImportApp {
  @Field(() => String, { description: 'The name to import under' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Its catalog entry, when it has one' }) catalogKey!: string | null;
  @Field(() => Boolean, { description: 'Attest already has this app (from an earlier import)' }) inGraph!: boolean;
}
