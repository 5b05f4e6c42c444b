/**
 * Microsoft Entra ID, on Microsoft Graph v1.0: users (members and guests, with accountEnabled,
 * externalUserState, signInActivity and their manager) for entra-users, and the user assignments of
 * every enterprise app (servicePrincipals, then each one's appRoleAssignedTo) for entra-app-roles,
 * and the tenant's delegated permission grants (oauth2PermissionGrants) with every service principal
 * beside them for entra-grants, which names each grant's client app and resource from that listing.
 * The connection's org is the tenant. OAuth 2.0 client credentials with a secret or a certificate
 * (entra/token.ts); `@odata.nextLink` paging.
 * https://learn.microsoft.com/graph/api/user-list
 * https://learn.microsoft.com/graph/api/serviceprincipal-list-approleassignedto
 * https://learn.microsoft.com/graph/api/oauth2permissiongrant-list
 */
import { z } from 'zod';
import type { Connector, PageSink, Pull, PullContext } from '../connector.js';
import { describeUrl, VendorApiError, type FetchedPage } from '../http/vendor-http.js';
import { ENTRA_CREDENTIAL_SHAPE, checkEntraCredential } from './entra/credential.js';
import { downloadGraphListing } from './entra/listing.js';
import { entraAuthenticate } from './entra/token.js';

/** Graph pages a listing with $expand at 100 objects at most (and one with signInActivity at 120). */
const TOP = 100;
const USER_FIELDS = 'id,userPrincipalName,mail,displayName,accountEnabled,userType,externalUserState,createdDateTime,employeeId';
const MANAGER = '$expand=manager($select=id,mail,userPrincipalName)';
/** The tag the Entra admin center lists "Enterprise applications" by: the apps people are assigned to. */
const ENTERPRISE_APPS = encodeURIComponent("tags/any(t:t eq 'WindowsAzureActiveDirectoryIntegratedApp')");

const usersPath = (signIns: boolean): string =>
  `/v1.0/users?$select=${USER_FIELDS}${signIns ? ',signInActivity' : ''}&${MANAGER}&$top=${TOP}`;

export const SIGN_INS_REFUSED =
  'Microsoft Graph refused signInActivity (403): it needs an Entra ID P1 or P2 licence and the AuditLog.Read.All permission. Users were read without it, so the last sign-in of every user is unknown and none is reported inactive or never signed in.';

const count = (pages: unknown[][]): number => pages.reduce((sum, records) => sum + records.length, 0);

/** The same context, saying whether a page was written through it. */
function watched(context: PullContext): { context: PullContext; wrote: () => boolean } {
  let wrote = false;
  const pages: PageSink = {
    write: (name, text) => {
      wrote = true;
      return context.pages.write(name, text);
    },
  };
  return { context: { ...context, pages }, wrote: () => wrote };
}

const users: Pull = {
  kind: 'entra-users',
  label: 'users, guests included',
  importsEmpty: true,
  async download(context) {
    const first = watched(context);
    try {
      const pages = await downloadGraphListing(first.context, usersPath(true), 'users', 'entra users', true);
      return { records: count(pages), notes: [] };
    } catch (error) {
      // Without the licence or AuditLog.Read.All Graph refuses the whole listing: read it again without sign-ins.
      if (!(error instanceof VendorApiError) || error.status !== 403 || first.wrote()) throw error;
      context.progress('entra users: signInActivity refused (403), reading users without it');
    }
    const pages = await downloadGraphListing(context, usersPath(false), 'users', 'entra users', true);
    return { records: count(pages), notes: [SIGN_INS_REFUSED] };
  },
};

const servicePrincipal = z.looseObject({ id: z.string().min(1) });

const appRoles: Pull = {
  kind: 'entra-app-roles',
  label: 'app role assignments of enterprise apps',
  // The enterprise apps listing is written beside the assignments, an empty one too: the importer
  // reads the folder as every app's assignments, so an app (or a tenant) that lists none marks removed.
  importsEmpty: true,
  async download(context) {
    const listed = await downloadGraphListing(
      context,
      `/v1.0/servicePrincipals?$filter=${ENTERPRISE_APPS}&$select=id,displayName&$top=999`,
      'service-principals',
      'entra enterprise apps',
      true,
    );
    const ids = listed.flat().flatMap((record) => servicePrincipal.safeParse(record).data?.id ?? []);
    let records = 0;
    for (const [index, id] of ids.entries()) {
      const pages = await downloadGraphListing(
        context,
        `/v1.0/servicePrincipals/${encodeURIComponent(id)}/appRoleAssignedTo?$top=999`,
        `${id}-assigned`,
        `entra app role assignments ${index + 1}/${ids.length}`,
        false,
      );
      records += count(pages);
    }
    return { records, notes: [] };
  },
};

/** What entra-grants reads of each service principal: its id and name, and who publishes it, for a person checking. */
const SERVICE_PRINCIPAL_FIELDS = 'id,appId,displayName,publisherName,appOwnerOrganizationId,servicePrincipalType';

const grants: Pull = {
  kind: 'entra-grants',
  label: 'delegated permission grants (OAuth consents)',
  async download(context) {
    // Every service principal, not only enterprise apps: a grant's client or resource may be any of them.
    await downloadGraphListing(
      context,
      `/v1.0/servicePrincipals?$select=${SERVICE_PRINCIPAL_FIELDS}&$top=999`,
      'service-principals',
      'entra service principals',
      true,
    );
    const pages = await downloadGraphListing(context, '/v1.0/oauth2PermissionGrants', 'grants', 'entra delegated permission grants', true);
    return { records: count(pages), notes: [] };
  },
};

const collection = z.looseObject({ value: z.array(z.unknown()) });

/** A 200 answer that is not a Graph collection (a proxy's page, a single object) is not a listing to import. */
function notACollection(page: FetchedPage): VendorApiError | null {
  if (collection.safeParse(page.body).success) return null;
  return new VendorApiError(
    `${describeUrl(page.url)} answered something other than a Microsoft Graph collection ("value")`,
    'refused',
    null,
  );
}

export const entraConnector: Connector = {
  kind: 'entra',
  label: 'Microsoft Entra ID',
  defaultUrl: 'https://graph.microsoft.com',
  org: {
    label: 'Microsoft Entra tenant (its tenant ID or a verified domain, e.g. contoso.onmicrosoft.com)',
    pattern: /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i,
  },
  credential: {
    label: 'App registration credentials (JSON)',
    hint: `The app registration's client ID with a client secret or a certificate, as JSON (line breaks in a PEM written \\n): ${ENTRA_CREDENTIAL_SHAPE}`,
    multiline: true,
  },
  authenticate: entraAuthenticate,
  checkCredential: checkEntraCredential,
  checkPage: notACollection,
  pulls: [users, appRoles, grants],
  probes: [
    {
      permission: 'User.Read.All (application permission; Directory.Read.All also covers it)',
      path: `/v1.0/users?$select=${USER_FIELDS}&$top=1`,
    },
    {
      permission: 'AuditLog.Read.All (application permission) and an Entra ID P1 or P2 licence, for last sign-in',
      path: '/v1.0/users?$select=id,signInActivity&$top=1',
    },
    {
      permission: 'Application.Read.All (application permission; Directory.Read.All also covers it)',
      path: `/v1.0/servicePrincipals?$filter=${ENTERPRISE_APPS}&$select=id&$top=1`,
    },
    {
      // DelegatedPermissionGrant.Read.All reads grants alone, but the List oauth2PermissionGrants page does not name it yet.
      permission:
        "Directory.Read.All (application permission; Microsoft's List oauth2PermissionGrants page names it least privileged) or DelegatedPermissionGrant.Read.All, for delegated permission grants",
      path: '/v1.0/oauth2PermissionGrants',
    },
  ],
};
