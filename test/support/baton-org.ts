/**
 * A Salesforce org as baton-salesforce would sync it, built with the c1z builder: users of each
 * status and account type, profiles (roles) and a group granted to users, a license profile with
 * seats, API secrets, and a resource type Attest does not read. People are fake (example.com).
 */
import { annotation, C1zBuilder, timestamp, type SyncWriter } from './baton-c1z.js';

export const BATON_SYNC_ID = '2Zs8sync0000000000000000001';
const id = (resourceType: string, resource: string) => ({ resourceType, resource });

function user(
  sync: SyncWriter,
  resource: string,
  name: string,
  trait: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): ReturnType<typeof id> {
  sync.resource({ id: id('user', resource), displayName: name, annotations: [annotation('UserTrait', trait)], ...extra });
  return id('user', resource);
}

function entitlement(sync: SyncWriter, on: ReturnType<typeof id>, name: string, purpose: string, displayName = name) {
  const message = { id: `${on.resourceType}:${on.resource}:${name}`, resource: { id: on }, displayName, slug: name, purpose };
  sync.entitlement(message);
  return message;
}

function grant(sync: SyncWriter, ent: { id: string; resource: { id: ReturnType<typeof id> } }, principal: ReturnType<typeof id>) {
  sync.grant({ id: `${ent.id}:${principal.resourceType}:${principal.resource}`, entitlement: ent, principal: { id: principal } });
}

/** Writes the org's resources, entitlements and grants into `sync`. */
export function writeSalesforceOrg(sync: SyncWriter): void {
  sync.resourceType({ id: 'user', displayName: 'User', traits: ['TRAIT_USER'] });
  sync.resourceType({ id: 'profile', displayName: 'Profile', traits: ['TRAIT_ROLE'] });
  sync.resourceType({ id: 'group', displayName: 'Group', traits: ['TRAIT_GROUP'] });
  sync.resourceType({ id: 'user_license', displayName: 'User License', traits: ['TRAIT_LICENSE_PROFILE'] });
  sync.resourceType({ id: 'api_key', displayName: 'API Key', traits: ['TRAIT_SECRET'] });
  sync.resourceType({ id: 'report_folder', displayName: 'Report Folder' });

  const ann = user(
    sync,
    '0055e000001AnnAAA',
    'Ann Admin',
    {
      emails: [{ address: 'ann.admin@example.com', isPrimary: true }],
      accountType: 'ACCOUNT_TYPE_HUMAN',
      login: 'ann.admin@example.com.acme',
      lastLogin: timestamp('2024-06-20T08:15:00Z'),
    },
    { status: { status: 'RESOURCE_STATUS_ENABLED' }, createdAt: timestamp('2022-01-10T09:00:00Z') },
  );
  const bob = user(sync, '0055e000001BobAAA', 'Bob Viewer', {
    emails: [{ address: 'bob.viewer@example.com', isPrimary: true }],
    status: { status: 'STATUS_DISABLED', details: 'frozen by admin' },
    accountType: 'ACCOUNT_TYPE_HUMAN',
    login: 'bob.viewer@example.com.acme',
    lastLogin: timestamp('2024-01-02T10:00:00Z'),
  });
  const cara = user(
    sync,
    '0055e000001CarAAA',
    'Cara Gone',
    {
      emails: [{ address: 'cara.gone@example.com', isPrimary: true }],
      accountType: 'ACCOUNT_TYPE_HUMAN',
      login: 'cara.gone@example.com.acme',
    },
    { status: { status: 'RESOURCE_STATUS_DELETED' } },
  );
  const svc = user(
    sync,
    '0055e000001SvcAAA',
    'Integration User',
    {
      emails: [{ address: 'integration@example.com', isPrimary: true }],
      accountType: 'ACCOUNT_TYPE_SERVICE',
      login: 'integration@example.com.acme',
    },
    { status: { status: 'RESOURCE_STATUS_ENABLED' } },
  );
  user(
    sync,
    '0055e000001SysAAA',
    'Automated Process',
    { accountType: 'ACCOUNT_TYPE_SYSTEM', login: 'autoproc' },
    { status: { status: 'RESOURCE_STATUS_ENABLED' } },
  );

  const admin = id('profile', '00e5e000000AdmAAA');
  sync.resource({ id: admin, displayName: 'System Administrator' });
  const readOnly = id('profile', '00e5e000000RoAAAA');
  sync.resource({ id: readOnly, displayName: 'Read Only' });
  const apiOnly = id('profile', '00e5e000000ApiAAA');
  sync.resource({ id: apiOnly, displayName: 'API Only Integrations' });
  const finance = id('group', '00G5e000000FinAAA');
  sync.resource({ id: finance, displayName: 'Finance Team' });
  const folder = id('report_folder', '00l5e000000Q4AAAA');
  sync.resource({ id: folder, displayName: 'Q4 Reports' });
  const license = id('user_license', '1005e000000SfAAAA');
  const seat = {
    id: 'user_license:1005e000000SfAAAA:assigned',
    resource: { id: license },
    displayName: 'assigned',
    slug: 'assigned',
    purpose: 'PURPOSE_VALUE_ASSIGNMENT',
  };
  sync.resource({
    id: license,
    displayName: 'Salesforce',
    annotations: [
      annotation('LicenseProfileTrait', {
        licenseName: 'Salesforce',
        purchasedSeats: 50,
        consumedSeats: 3,
        costPerUnitInCents: 16500,
        currency: 'USD',
        entitlementIds: [seat.id],
      }),
    ],
  });
  sync.entitlement(seat);

  const adminAssigned = entitlement(sync, admin, 'assigned', 'PURPOSE_VALUE_ASSIGNMENT');
  const readOnlyAssigned = entitlement(sync, readOnly, 'assigned', 'PURPOSE_VALUE_ASSIGNMENT');
  const apiAssigned = entitlement(sync, apiOnly, 'assigned', 'PURPOSE_VALUE_ASSIGNMENT');
  const financeMember = entitlement(sync, finance, 'member', 'PURPOSE_VALUE_ASSIGNMENT');
  const folderViewer = entitlement(sync, folder, 'viewer', 'PURPOSE_VALUE_PERMISSION');
  const folderOwner = entitlement(sync, folder, 'owner', 'PURPOSE_VALUE_OWNERSHIP', 'Q4 Reports folder owner');

  grant(sync, adminAssigned, ann);
  grant(sync, financeMember, ann);
  grant(sync, folderOwner, ann);
  grant(sync, seat, ann);
  grant(sync, readOnlyAssigned, bob);
  grant(sync, folderViewer, bob);
  grant(sync, seat, bob);
  grant(sync, apiAssigned, svc);
  grant(sync, folderViewer, finance);

  sync.resource({
    id: id('api_key', 'key-deploy'),
    displayName: 'Deploy pipeline key',
    createdAt: timestamp('2023-03-01T12:00:00Z'),
    annotations: [
      annotation('SecretTrait', {
        createdById: ann,
        identityId: svc,
        lastUsedAt: timestamp('2024-06-29T23:00:00Z'),
        expiresAt: timestamp('2027-03-01T12:00:00Z'),
        credentialType: 'CREDENTIAL_TYPE_STATIC_SECRET',
      }),
    ],
  });
  sync.resource({
    id: id('api_key', 'key-bob'),
    displayName: 'Bob personal token',
    annotations: [annotation('SecretTrait', { createdById: bob, identityId: bob, lastUsedAt: timestamp('2024-02-01T00:00:00Z') })],
  });
  sync.resource({
    id: id('api_key', 'key-cara'),
    displayName: 'Board report sync',
    annotations: [annotation('SecretTrait', { createdById: cara, identityId: svc, lastUsedAt: timestamp('2024-06-28T00:00:00Z') })],
  });
  sync.resource({
    id: id('api_key', 'key-old'),
    displayName: 'Old export key',
    annotations: [annotation('SecretTrait', { createdById: ann, identityId: svc, expiresAt: timestamp('2024-01-01T00:00:00Z') })],
  });
}

/** The org as a .c1z with one finished full sync. */
export async function salesforceC1z(): Promise<Uint8Array> {
  const builder = await C1zBuilder.create();
  writeSalesforceOrg(builder.sync(BATON_SYNC_ID, { startedAt: '2024-06-30T06:00:00Z', endedAt: '2024-06-30T06:04:00Z' }));
  return builder.c1z();
}
