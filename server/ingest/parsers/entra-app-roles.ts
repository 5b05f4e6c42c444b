/**
 * entra-app-roles: Microsoft Graph appRoleAssignment objects ({ "value": [...] } pages or an
 * array; from /servicePrincipals/{id}/appRoleAssignedTo or /users/{id}/appRoleAssignments).
 * Each user assignment becomes an assignment of that Entra user to the app whose catalog name
 * matches resourceDisplayName (or to --app when given). Assignments to groups and service
 * principals are counted in the notes and left out: an assignment names a user identity.
 * A folder that also holds the enterprise apps listing (service-principals*.json, GET
 * /servicePrincipals, as the connector writes it beside each app's appRoleAssignedTo pages) lists
 * every app's assignments: one tenant-wide scope, complete, so an assignment no longer listed is
 * marked removed even when an app, or every app, lists none.
 */
import type { AppRefIn, AssignmentIn, ImportBatch } from '../model.js';
import { emptyBatch } from '../model.js';
import type { InputFile, ParseOptions, Parser } from '../parser.js';
import { AppsByName, appFromOptions } from '../input/app-ref.js';
import { UniqueCheck } from '../input/duplicates.js';
import { basename } from 'node:path';
import { expandInputs } from '../input/files.js';
import { readJsonRecords, takeListing, type JsonListing } from '../input/json-records.js';
import type { RecordReader } from '../input/json-record.js';
import { Problems } from '../input/problems.js';

async function parse(files: InputFile[], options: ParseOptions): Promise<ImportBatch> {
  const problems = new Problems();
  const fixedApp: AppRefIn | null = options.app
    ? appFromOptions(options, { kind: 'entra-app-roles' }, { file: files[0]?.name ?? '(input)' }, problems)
    : null;
  problems.throwIfAny();
  const apps = new AppsByName(options.catalog);
  const ids = new UniqueCheck('assignment id', problems);
  const byKey = new Map<string, AssignmentIn>();
  const skipped = { Group: 0, ServicePrincipal: 0 };

  const pages = await expandInputs(files, ['.json']);
  const isAppListing = (file: InputFile): boolean => basename(file.path).toLowerCase().startsWith('service-principals');
  const appPages = pages.filter(isAppListing);
  const enterpriseApps = appPages.length > 0 ? await readEnterpriseApps(appPages, problems) : null;

  const onAssignment = (r: RecordReader): void => {
    const id = r.string('id');
    r.identify(id);
    if (id) ids.check(id, r.where('id'));
    const principalId = r.requiredString('principalId');
    r.requiredString('appRoleId');
    const type = r.oneOf('principalType', ['User', 'Group', 'ServicePrincipal'] as const, { required: true });
    const resource = r.string('resourceDisplayName', { required: fixedApp === null });
    r.dateTime('createdDateTime');
    const app = fixedApp ?? (resource ? apps.resolve(resource) : null);
    if (!app || type === null) return;
    if (type !== 'User') {
      skipped[type] += 1;
      return;
    }
    const key = `${principalId}\u0000${app.name}`;
    if (!byKey.has(key)) {
      byKey.set(key, {
        idp: 'entra',
        identityExternalId: principalId,
        app,
        appUserName: null,
        appExternalId: null,
        scope: 'USER',
        status: r.has('deletedDateTime') ? 'deleted' : null,
      });
    }
  };
  const assignmentPages = pages.filter((file) => !isAppListing(file));
  // Beside the enterprise apps listing, no assignment page at all is every app listing none.
  const listing: JsonListing =
    assignmentPages.length > 0
      ? await readJsonRecords(
          assignmentPages,
          { kind: 'entra-app-roles', keys: ['value'], emptyIsComplete: enterpriseApps !== null },
          problems,
          onAssignment,
        )
      : { records: 0, morePages: null };
  problems.throwIfAny();

  const appNames = [...new Set([...byKey.values()].map((a) => a.app.name))].sort();
  const only = appNames.length === 1 && enterpriseApps === null ? appNames[0] : undefined;
  const batch = emptyBatch('entra-app-roles', only ? `entra-app-roles:${only}` : 'entra-app-roles');
  batch.assignments = [...byKey.values()];
  batch.complete = enterpriseApps !== null || appNames.length <= 1;
  if (enterpriseApps) {
    batch.notes.push(
      `Every enterprise app's assignments (${enterpriseApps.apps} app(s) listed): an assignment no longer listed is marked removed.`,
    );
    if (enterpriseApps.listing.morePages) takeListing(batch, enterpriseApps.listing);
  } else if (!batch.complete) {
    batch.notes.push(
      `Assignments for ${appNames.length} apps (${appNames.join(', ')}) in one import: no assignment is marked removed. Import one app's appRoleAssignedTo per run to track removals.`,
    );
  }
  if (skipped.Group)
    batch.notes.push(
      `${skipped.Group} assignment(s) to groups left out (an assignment names a user identity; import the group's members with the users).`,
    );
  if (skipped.ServicePrincipal) batch.notes.push(`${skipped.ServicePrincipal} assignment(s) to service principals left out.`);
  takeListing(batch, listing);
  return batch;
}

/** The enterprise apps listing: how many apps, and whether it is whole. */
async function readEnterpriseApps(files: InputFile[], problems: Problems): Promise<{ apps: number; listing: JsonListing }> {
  let apps = 0;
  const listing = await readJsonRecords(
    files,
    { kind: 'entra-app-roles', keys: ['value'], skipKindCheck: true, emptyIsComplete: true },
    problems,
    (r) => {
      r.identify(r.requiredString('id'));
      apps += 1;
    },
  );
  return { apps, listing };
}

export const entraAppRolesParser: Parser = {
  kind: 'entra-app-roles',
  description:
    'Microsoft Entra app role assignments (Graph appRoleAssignment JSON); the app is the catalog entry named like resourceDisplayName, or --app.',
  needsApp: false,
  parse,
};
