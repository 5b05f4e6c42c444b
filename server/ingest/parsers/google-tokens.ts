/**
 * google-tokens: third-party OAuth tokens from the Directory API tokens.list, one
 * { "kind": "admin#directory#tokenList", "items": [...] } file per user (a folder of them; Google
 * leaves "items" out when the user has none), or an array. Each token is a user integration in
 * Google Workspace (or --app), named by displayText, authorized by userKey.
 */
import type { ImportBatch, IntegrationIn } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { requireApp } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { readJsonRecords, takeListing, type JsonKindSpec } from '../input/json-records.js';
import { Problems } from '../input/problems.js';

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const listingSpec: JsonKindSpec = { kind: 'google-tokens', keys: ['items'], emptyIsComplete: options.emptyIsComplete };
  const app = requireApp(options, { kind: 'google-tokens', name: 'Google Workspace', catalogKey: 'google-workspace' }, files);
  const problems = new Problems();
  const seen = new UniqueCheck('token (userKey and clientId)', problems);
  const integrations: IntegrationIn[] = [];
  let anonymous = 0;
  let numericKeys = 0;

  const listing = await readJsonRecords(files, listingSpec, problems, (r) => {
    const clientId = r.requiredString('clientId');
    const userKey = r.requiredString('userKey', { numbers: true });
    r.identify(clientId);
    if (clientId && userKey) seen.check(`${userKey}\u0000${clientId}`, r.where('clientId'), `${userKey} / ${clientId}`);
    const scopes = r.strings('scopes');
    if (r.boolean('anonymous') === true) anonymous += 1;
    r.boolean('nativeApp');
    const email = /^\d+$/.test(userKey) ? null : userKey.toLowerCase();
    if (!email) numericKeys += 1;
    integrations.push({
      app,
      name: r.string('displayText') ?? clientId,
      mode: 'user',
      enabledBy: null,
      authorizedBy: email ?? userKey,
      enabledAt: null,
      lastUsedAt: null,
      scopes: [...new Set(scopes)].sort(),
    });
  });
  problems.throwIfAny();

  const batch = emptyBatch('google-tokens', `google-tokens:${app.name}`);
  batch.integrations = integrations;
  if (anonymous) batch.notes.push(`${anonymous} token(s) are for anonymous (unregistered) clients.`);
  if (numericKeys) batch.notes.push(`${numericKeys} token(s) name the user by Google user id; import google-users so they can be matched.`);
  batch.notes.push(
    'Complete for the users in this export: include every user\'s tokens.list file (one without "items" for users with none), or tokens of users left out are marked removed.',
  );
  takeListing(batch, listing);
  return batch;
}

export const googleTokensParser: Parser = {
  kind: 'google-tokens',
  description:
    "Google Workspace users' third-party OAuth tokens (Directory API tokens.list JSON, one file per user in a folder) as user integrations in Google Workspace.",
  needsApp: false,
  parse,
};
