/**
 * baton: a ConductorOne Baton connector's sync file (.c1z, v1: "C1ZF\0" + a zstd-compressed SQLite
 * database of protobuf messages, baton-sdk pkg/dotc1z) as the accounts and integrations of the app
 * named by --app (a v1 file does not name the connector it came from). The latest finished full
 * sync is read: users -> accounts (status, account type, login, last login), grants of entitlements
 * to users -> roles in the customer's words, license-profile grants -> seat types, secrets ->
 * integrations. A file that is not a c1z, a broken zstd stream, a missing table or a message that
 * does not decode is refused whole; resource types Attest does not read are counted in the notes.
 */
import { readFile } from 'node:fs/promises';
import { ImportError } from '../errors.js';
import type { ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { requireApp } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { expandInputs } from '../input/files.js';
import { Problems } from '../input/problems.js';
import { readAccounts } from '../baton/accounts.js';
import { C1zFormatError, openC1z } from '../baton/c1z-file.js';
import { licenseNote } from '../baton/entitlement-words.js';
import { readSecrets } from '../baton/secrets.js';
import { readSync, type SyncContents } from '../baton/sync-db.js';
import { decodeSync, isUser, type BatonSync } from '../baton/sync-model.js';

/** Traits whose resources Attest reads: as accounts, secrets, seats, or the holders of role entitlements. */
const READ_TRAITS = ['TRAIT_USER', 'TRAIT_GROUP', 'TRAIT_ROLE', 'TRAIT_APP', 'TRAIT_SECRET', 'TRAIT_LICENSE_PROFILE'];

async function readContents(files: InputFile[]): Promise<{ file: InputFile; contents: SyncContents }> {
  const [file, ...more] = await expandInputs(files, ['.c1z']);
  if (!file || more.length) {
    throw new ImportError([
      {
        file: files[0]?.name ?? '(input)',
        message: `expected one .c1z file, found ${more.length + (file ? 1 : 0)}; import them one at a time`,
      },
    ]);
  }
  try {
    return { file, contents: await readSync(await openC1z(await readFile(file.path))) };
  } catch (error) {
    if (error instanceof C1zFormatError) throw new ImportError([{ file: file.name, message: error.message }]);
    throw error;
  }
}

/** "project (25), scoped_role (3)": resources of types with no trait Attest reads. */
function unreadTypes(sync: BatonSync): string | null {
  const counts = new Map<string, number>();
  for (const resource of sync.resources.values()) {
    const traits = sync.types.get(resource.typeId)?.traits ?? new Set<string>();
    const read = READ_TRAITS.some((trait) => traits.has(trait)) || resource.user || resource.secret || resource.license;
    if (!read) counts.set(resource.typeId, (counts.get(resource.typeId) ?? 0) + 1);
  }
  if (!counts.size) return null;
  const listed = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => `${type} (${count})`);
  return `Resources of types Attest does not read as accounts, seats or secrets: ${listed.join(', ')}; grants of their entitlements to users are still read as roles.`;
}

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const app = requireApp(options, { kind: 'baton' }, files);
  const entry = app.catalogKey === null ? undefined : options.catalog.get(app.catalogKey);
  const { file, contents } = await readContents(files);
  const problems = new Problems();
  const sync = decodeSync(contents, file.name, problems);
  const accounts = readAccounts(sync, app, entry, problems);
  const ids = new UniqueCheck('user id (ignoring case)', problems);
  for (const resource of sync.resources.values()) {
    if (isUser(resource, sync.types)) ids.check(resource.id.toLowerCase(), resource.where, resource.id);
  }
  problems.throwIfAny();
  const secrets = readSecrets(sync, app, options.now);

  const batch = emptyBatch('baton', `baton:${app.name}`);
  batch.accounts = accounts.accounts;
  batch.integrations = secrets.integrations;
  batch.recordsRead = contents.resourceTypes.length + contents.resources.length + contents.entitlements.length + contents.grants.length;
  const { sync: run } = contents;
  batch.notes.push(`Read Baton sync ${run.syncId} (full, ended ${run.endedAt ?? '?'}).`);
  if (contents.laterPartialSyncs.length) {
    batch.notes.push(
      `Later ${contents.laterPartialSyncs.map((s) => `${s.syncType} sync ${s.syncId}`).join(', ')} not read: a partial sync lists only part of the app.`,
    );
  }
  const unread = unreadTypes(sync);
  if (unread) batch.notes.push(unread);
  if (accounts.statusUnspecified) batch.notes.push(`${accounts.statusUnspecified} user(s) have no status in the sync: taken as active.`);
  if (accounts.grantsToOthers) {
    batch.notes.push(
      `${accounts.grantsToOthers} grant(s) to groups, roles or other non-user principals not read as roles (Baton lists what reaches users through them as grants to the users when it expands them).`,
    );
  }
  if (accounts.severalSeats)
    batch.notes.push(`${accounts.severalSeats} account(s) hold several license profiles: each is counted in the costliest.`);
  if (!accounts.activityKnown && accounts.accounts.length)
    batch.notes.push(`No user has a last login in the sync: activity is unknown for ${app.name} accounts.`);
  const licenses = licenseNote(accounts.licenses, app.name);
  if (licenses) batch.notes.push(licenses);
  if (secrets.notWorking) batch.notes.push(`${secrets.notWorking} expired, disabled or deleted secret(s) left out.`);
  return batch;
}

export const batonParser: Parser = {
  kind: 'baton',
  description:
    'A ConductorOne Baton connector sync file (.c1z, v1/SQLite) for the app named by --app: users as accounts with their roles (entitlement grants) and seats (license profiles), secrets as integrations; the latest finished full sync is read.',
  needsApp: true,
  parse,
};
