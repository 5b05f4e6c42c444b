/**
 * entra-grants: Microsoft Graph oauth2PermissionGrant objects (delegated permissions consented to a
 * client app: clientId, consentType AllPrincipals / Principal, principalId, resourceId, scope
 * "a b c"). Graph names apps only by service principal id, so the client app is --app (export the
 * grants filtered by clientId), or the catalog entry matching an added "clientDisplayName".
 * AllPrincipals (admin consent for everyone) is a workspace integration; Principal is a user
 * integration authorized by that user's Entra object id. Grants of one client, resource, consent
 * type and user become one integration.
 */
import type { AppRefIn, ImportBatch, IntegrationIn } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { AppsByName, appFromOptions } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { readJsonRecords, takeListing } from '../input/json-records.js';
import { splitScopes } from '../input/lists.js';
import { Problems } from '../input/problems.js';

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const where = { file: files[0]?.name ?? '(input)' };
  const fixedApp: AppRefIn | null = options.app ? appFromOptions(options, { kind: 'entra-grants' }, where, problems) : null;
  problems.throwIfAny();
  const apps = new AppsByName(options.catalog);
  const ids = new UniqueCheck('grant id', problems);
  const clients = new Set<string>();
  const merged = new Map<string, IntegrationIn>();

  const listing = await readJsonRecords(files, { kind: 'entra-grants', keys: ['value'] }, problems, (r) => {
    const id = r.string('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const clientId = r.requiredString('clientId');
    clients.add(clientId);
    const consent = r.oneOf('consentType', ['AllPrincipals', 'Principal'] as const, { required: true });
    const principalId = consent === 'Principal' ? r.requiredString('principalId') : null;
    const resourceId = r.requiredString('resourceId');
    const scopes = splitScopes(r.string('scope'));
    const clientName = r.string('clientDisplayName');
    let app = fixedApp;
    if (!app) {
      if (clientName) app = apps.resolve(clientName);
      else {
        problems.missingField(
          r.where(),
          'clientId',
          `Graph names the client app only by its service principal id (${clientId}); pass --app with the app's name and import one client's grants (filter clientId eq '<id>') per run`,
        );
      }
    }
    if (!app || !consent) return;
    const name = `Entra ID consent to ${r.string('resourceDisplayName') ?? resourceId}`;
    const key = `${app.name}\u0000${clientId}\u0000${resourceId}\u0000${principalId ?? '*'}`;
    const existing = merged.get(key);
    if (existing) {
      existing.scopes = [...new Set([...existing.scopes, ...scopes])].sort();
      return;
    }
    merged.set(key, {
      app,
      name,
      mode: consent === 'AllPrincipals' ? 'workspace' : 'user',
      enabledBy: null,
      authorizedBy: principalId,
      enabledAt: null,
      lastUsedAt: null,
      scopes: [...new Set(scopes)].sort(),
    });
  });
  if (fixedApp && clients.size > 1) {
    problems.add(
      { ...where, field: 'clientId' },
      `the grants are for ${clients.size} client apps (${[...clients].slice(0, 5).join(', ')}${clients.size > 5 ? ', …' : ''}) but --app names one; import one client's grants per run (filter clientId eq '<id>')`,
    );
  }
  problems.throwIfAny();

  const integrations = [...merged.values()];
  const appNames = [...new Set(integrations.map((i) => i.app.name))].sort();
  const batch = emptyBatch('entra-grants', `entra-grants:${appNames.join(',')}`);
  batch.integrations = integrations;
  const users = integrations.filter((i) => i.mode === 'user').length;
  if (users) batch.notes.push(`${users} user consent(s) name the user by Entra object id; import entra-users so they can be matched.`);
  takeListing(batch, listing);
  return batch;
}

export const entraGrantsParser: Parser = {
  kind: 'entra-grants',
  description:
    'Microsoft Entra delegated permission grants (Graph oauth2PermissionGrant JSON) of one client app, named by --app (or a clientDisplayName field matching the catalog).',
  needsApp: false,
  parse,
};
