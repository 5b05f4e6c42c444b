/**
 * One Baton sync decoded: resource types with their traits, resources with the trait annotations
 * Attest reads (user, secret, license profile), entitlements, and grants with their entitlement and
 * principal resolved (a "slim" grant row leaves them to its key columns). A message that does not
 * decode is a problem at its table and row; nothing is guessed.
 */
import type { InputLocation } from '../errors.js';
import type { Problems } from '../input/problems.js';
import {
  decodeMessage,
  entitlementMessage,
  findAnnotation,
  grantMessage,
  licenseProfileTraitMessage,
  resourceMessage,
  resourceTypeMessage,
  secretTraitMessage,
  userTraitMessage,
  type EntitlementMessage,
  type LicenseProfileTraitMessage,
  type ResourceMessage,
  type SecretTraitMessage,
  type UserTraitMessage,
} from './messages.js';
import type { SyncContents } from './sync-db.js';

export interface BatonResourceType {
  id: string;
  displayName: string;
  traits: Set<string>;
}

export interface BatonResource {
  key: string;
  typeId: string;
  id: string;
  message: ResourceMessage;
  user: UserTraitMessage | null;
  secret: SecretTraitMessage | null;
  license: LicenseProfileTraitMessage | null;
  where: InputLocation;
}

export interface BatonGrant {
  entitlementId: string;
  principalKey: string;
  principalTypeId: string;
  where: InputLocation;
}

export interface BatonSync {
  types: Map<string, BatonResourceType>;
  resources: Map<string, BatonResource>;
  entitlements: Map<string, EntitlementMessage>;
  grants: BatonGrant[];
}

export function resourceKey(typeId: string, id: string): string {
  return `${typeId}\u0000${id}`;
}

export function isUser(resource: BatonResource, types: Map<string, BatonResourceType>): boolean {
  return resource.user !== null || (types.get(resource.typeId)?.traits.has('TRAIT_USER') ?? false);
}

export function isSecret(resource: BatonResource, types: Map<string, BatonResourceType>): boolean {
  return resource.secret !== null || (types.get(resource.typeId)?.traits.has('TRAIT_SECRET') ?? false);
}

/** Decodes the rows of one sync; problems go to `problems` with the table and row id. */
export function decodeSync(contents: SyncContents, file: string, problems: Problems): BatonSync {
  const at = (table: string, row: number, field?: string): InputLocation => ({
    file,
    record: `${table} row ${row}`,
    ...(field ? { field } : {}),
  });
  const sync: BatonSync = { types: new Map(), resources: new Map(), entitlements: new Map(), grants: [] };

  for (const row of contents.resourceTypes) {
    const decoded = decodeMessage('ResourceType', resourceTypeMessage, row.data);
    if (!decoded.ok) {
      problems.add(at('v1_resource_types', row.row, 'data'), decoded.message);
      continue;
    }
    const id = decoded.value.id;
    if (!id) {
      problems.add(at('v1_resource_types', row.row, 'id'), 'expected the resource type id, found nothing');
      continue;
    }
    sync.types.set(id, {
      id,
      displayName: decoded.value.displayName || id,
      traits: new Set((decoded.value.traits ?? []).map(String)),
    });
  }

  for (const row of contents.resources) {
    const where = at('v1_resources', row.row);
    const decoded = decodeMessage('Resource', resourceMessage, row.data);
    if (!decoded.ok) {
      problems.add({ ...where, field: 'data' }, decoded.message);
      continue;
    }
    const typeId = decoded.value.id?.resourceType;
    const id = decoded.value.id?.resource;
    if (!typeId || !id) {
      problems.add({ ...where, field: 'id' }, 'expected the resource id (resource_type and resource), found nothing');
      continue;
    }
    const trait = <T>(found: { ok: true; value: T } | { ok: false; message: string } | null, name: string): T | null => {
      if (found === null) return null;
      if (found.ok) return found.value;
      problems.add({ ...where, field: `annotations (${name})` }, found.message);
      return null;
    };
    const annotations = decoded.value.annotations;
    const key = resourceKey(typeId, id);
    sync.resources.set(key, {
      key,
      typeId,
      id,
      message: decoded.value,
      user: trait(findAnnotation(annotations, 'UserTrait', userTraitMessage), 'UserTrait'),
      secret: trait(findAnnotation(annotations, 'SecretTrait', secretTraitMessage), 'SecretTrait'),
      license: trait(findAnnotation(annotations, 'LicenseProfileTrait', licenseProfileTraitMessage), 'LicenseProfileTrait'),
      where,
    });
  }

  for (const row of contents.entitlements) {
    const decoded = decodeMessage('Entitlement', entitlementMessage, row.data);
    if (!decoded.ok) {
      problems.add(at('v1_entitlements', row.row, 'data'), decoded.message);
      continue;
    }
    if (!decoded.value.id) {
      problems.add(at('v1_entitlements', row.row, 'id'), 'expected the entitlement id, found nothing');
      continue;
    }
    sync.entitlements.set(decoded.value.id, decoded.value);
  }

  for (const row of contents.grants) {
    const where = at('v1_grants', row.row);
    const decoded = decodeMessage('Grant', grantMessage, row.data);
    if (!decoded.ok) {
      problems.add({ ...where, field: 'data' }, decoded.message);
      continue;
    }
    const grant = decoded.value;
    const entitlementId = grant.entitlement?.id || row.entitlementId;
    const principalTypeId = grant.principal?.id?.resourceType || row.principalResourceTypeId;
    const principalId = grant.principal?.id?.resource || row.principalResourceId;
    if (!entitlementId || !principalTypeId || !principalId) {
      problems.add({ ...where, field: 'principal' }, 'expected the grant to name its entitlement and principal, found nothing');
      continue;
    }
    if (!sync.entitlements.has(entitlementId) && grant.entitlement) sync.entitlements.set(entitlementId, grant.entitlement);
    if (!sync.entitlements.has(entitlementId)) {
      // A slim grant whose entitlement row is gone: its key columns still say which resource it is on.
      sync.entitlements.set(entitlementId, {
        id: entitlementId,
        resource: { id: { resourceType: row.entitlementResourceTypeId, resource: row.entitlementResourceId } },
      });
    }
    sync.grants.push({ entitlementId, principalKey: resourceKey(principalTypeId, principalId), principalTypeId, where });
  }
  return sync;
}
