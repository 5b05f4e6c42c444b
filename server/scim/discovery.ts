import type { JsonObject } from './json.js';
import { MAX_RESULTS } from './list.js';
import { RESOURCE_TYPES, SCHEMAS } from './schema/resource-types.js';
import type { AttributeDef, ResourceTypeDef, SchemaDef } from './schema/types.js';
import { RESOURCE_TYPE_URN, SCHEMA_URN, SERVICE_PROVIDER_CONFIG_URN } from './schema/urns.js';

/** What this service provider supports (RFC 7643 §5), stated as it is. */
export function serviceProviderConfig(baseUrl: string): JsonObject {
  return {
    schemas: [SERVICE_PROVIDER_CONFIG_URN],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description:
          "An Attest API token of scope 'scim' in 'Authorization: Bearer <token>'; create one with `attest token create --scope scim`.",
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypeResource(type: ResourceTypeDef, baseUrl: string): JsonObject {
  return {
    schemas: [RESOURCE_TYPE_URN],
    id: type.id,
    name: type.name,
    endpoint: type.endpoint,
    description: type.description,
    schema: type.schema.id,
    schemaExtensions: type.extensions.map((extension) => ({ schema: extension.id, required: false })),
    meta: { resourceType: 'ResourceType', location: `${baseUrl}/ResourceTypes/${type.id}` },
  };
}

export function resourceTypeResources(baseUrl: string): JsonObject[] {
  return RESOURCE_TYPES.map((type) => resourceTypeResource(type, baseUrl));
}

export function findResourceType(id: string): ResourceTypeDef | undefined {
  return RESOURCE_TYPES.find((type) => type.id.toLowerCase() === id.toLowerCase());
}

export function schemaResource(schema: SchemaDef, baseUrl: string): JsonObject {
  return {
    schemas: [SCHEMA_URN],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map(attributeJson),
    meta: { resourceType: 'Schema', location: `${baseUrl}/Schemas/${schema.id}` },
  };
}

export function schemaResources(baseUrl: string): JsonObject[] {
  return SCHEMAS.map((schema) => schemaResource(schema, baseUrl));
}

export function findSchema(id: string): SchemaDef | undefined {
  return SCHEMAS.find((schema) => schema.id.toLowerCase() === id.toLowerCase());
}

function attributeJson(def: AttributeDef): JsonObject {
  return {
    name: def.name,
    type: def.type,
    multiValued: def.multiValued,
    description: def.description,
    required: def.required,
    caseExact: def.caseExact,
    mutability: def.mutability,
    returned: def.returned,
    uniqueness: def.uniqueness,
    ...(def.canonicalValues ? { canonicalValues: def.canonicalValues } : {}),
    ...(def.referenceTypes ? { referenceTypes: def.referenceTypes } : {}),
    ...(def.subAttributes ? { subAttributes: def.subAttributes.map(attributeJson) } : {}),
  };
}
