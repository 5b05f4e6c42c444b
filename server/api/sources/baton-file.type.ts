import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A .c1z file in the Baton folder `attest serve --baton-dir` watches, and its last import' })
export class BatonFile {
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The app its accounts are imported as (its name, or baton.json)' }) app!: string;
  @Field(() => String, {
    description:
      'imported (the file as it is now was imported), failed (the importer refused it: see error; tried again when it changes) or skipped (being written or not a c1z yet; looked at again next round)',
  })
  status!: string;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { description: 'When the server last looked at a change of the file' }) checkedAt!: string;
  @Field(() => String, { nullable: true, description: 'The last successful import of the file' }) importedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the bytes last imported' }) importedSha256!: string | null;
  @Field(() => String, { nullable: true, description: 'The SyncRun of the last successful import' }) syncRunId!: string | null;
}
