/**
 * entra-grants: Microsoft Graph oauth2PermissionGrant objects (delegated permissions consented to a
 * client app: clientId, consentType AllPrincipals / Principal, principalId, resourceId, scope
 * "a b c"). Graph names apps only by service principal id, so the client app comes one of three ways:
 *  - a folder holding, beside the grant pages, the GET /servicePrincipals listing
 *    (service-principals.json, service-principals-2.json, …): each client and resource is named by
 *    its service principal's displayName, and the grants are the tenant's whole listing, so an app's
 *    grants Graph no longer lists are marked removed; a client the listing does not name is refused,
 *    unless --app names it;
 *  - --app (export the grants filtered by clientId);
 *  - the catalog entry matching an added "clientDisplayName".
 * AllPrincipals (admin consent for everyone) is a workspace integration; Principal is a user
 * integration authorized by that user's Entra object id. Grants of one client, resource, consent
 * type and user become one integration.
 */
import type { AppRefIn, ImportBatch, IntegrationIn } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { AppsByName, appFromOptions } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { expandInputs } from '../input/files.js';
import { readJsonRecords, takeListing } from '../input/json-records.js';
import { splitScopes } from '../input/lists.js';
import { Problems } from '../input/problems.js';
import { isServicePrincipalPage, readServicePrincipalNames, type ServicePrincipalNames } from './entra-service-principals.js';

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const where = { file: files[0]?.name ?? '(input)' };
  const fixedApp: AppRefIn | null = options.app ? appFromOptions(options, { kind: 'entra-grants' }, where, problems) : null;
  problems.throwIfAny();

  const pages = await expandInputs(files, ['.json']);
  const listingPages = pages.filter(isServicePrincipalPage);
  let principals: ServicePrincipalNames | null = null;
  let grantFiles = files;
  if (listingPages.length) {
    principals = await readServicePrincipalNames(listingPages, 'entra-grants', problems);
    grantFiles = pages.filter((page) => !isServicePrincipalPage(page));
    if (grantFiles.length === 0) {
      problems.add(
        where,
        'only the service principal listing (service-principals*.json): add the GET /oauth2PermissionGrants pages beside it',
      );
      problems.throwIfAny();
    }
  }
  const names = principals?.names ?? null;

  const apps = new AppsByName(options.catalog);
  const ids = new UniqueCheck('grant id', problems);
  /** The clients --app stands for. */
  const clients = new Set<string>();
  const merged = new Map<string, IntegrationIn>();

  const listing = await readJsonRecords(grantFiles, { kind: 'entra-grants', keys: ['value'] }, problems, (r) => {
    const id = r.string('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const clientId = r.requiredString('clientId');
    const consent = r.oneOf('consentType', ['AllPrincipals', 'Principal'] as const, { required: true });
    const principalId = consent === 'Principal' ? r.requiredString('principalId') : null;
    const resourceId = r.requiredString('resourceId');
    const scopes = splitScopes(r.string('scope'));
    const clientName = r.string('clientDisplayName');
    const listed = clientId ? names?.get(clientId) : undefined;
    let app: AppRefIn | null = listed ? apps.resolve(listed) : null;
    if (!app && fixedApp) {
      app = fixedApp;
      clients.add(clientId);
    } else if (!app && clientName) {
      app = apps.resolve(clientName);
    } else if (!app && names) {
      if (clientId)
        r.problem(
          'clientId',
          `no service principal with id ${clientId} in the service principal listing (service-principals*.json): give every page of GET /servicePrincipals, or pass --app with the app's name`,
        );
    } else if (!app) {
      problems.missingField(
        r.where(),
        'clientId',
        `Graph names the client app only by its service principal id (${clientId}); pass --app with the app's name and import one client's grants (filter clientId eq '<id>') per run, or add the GET /servicePrincipals listing as service-principals.json in the same folder`,
      );
    }
    if (!app || !consent) return;
    const resource = (resourceId ? names?.get(resourceId) : undefined) ?? r.string('resourceDisplayName') ?? resourceId;
    const name = `Entra ID consent to ${resource}`;
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
  const batch = emptyBatch('entra-grants', principals ? 'entra-grants' : `entra-grants:${appNames.join(',')}`);
  batch.integrations = integrations;
  const users = integrations.filter((i) => i.mode === 'user').length;
  if (users) batch.notes.push(`${users} user consent(s) name the user by Entra object id; import entra-users so they can be matched.`);
  takeListing(batch, listing);
  if (principals) {
    batch.recordsRead += principals.listing.records;
    if (principals.listing.morePages) batch.notes.push(principals.listing.morePages);
  }
  return batch;
}

export const entraGrantsParser: Parser = {
  kind: 'entra-grants',
  description:
    'Microsoft Entra delegated permission grants (Graph oauth2PermissionGrant JSON): a folder with the GET /servicePrincipals listing (service-principals.json) naming every app, or one client app named by --app (or a clientDisplayName field matching the catalog).',
  needsApp: false,
  parse,
};
