import { attribute, complex, type AttributeDef } from './types.js';

/** Attributes every resource has (RFC 7643 §3.1); they belong to no schema and /Schemas does not list them. */
export const COMMON_ATTRIBUTES: AttributeDef[] = [
  attribute('id', 'string', 'A unique identifier for the resource, assigned by Attest.', {
    caseExact: true,
    mutability: 'readOnly',
    returned: 'always',
    uniqueness: 'server',
  }),
  attribute('externalId', 'string', "The provisioning client's identifier for the resource.", { caseExact: true }),
  complex(
    'meta',
    'Resource metadata.',
    [
      attribute('resourceType', 'string', 'The name of the resource type.', { caseExact: true, mutability: 'readOnly' }),
      attribute('created', 'dateTime', 'When the resource was added.', { mutability: 'readOnly' }),
      attribute('lastModified', 'dateTime', 'When the resource was last changed.', { mutability: 'readOnly' }),
      attribute('location', 'reference', 'The URI of the resource.', { caseExact: true, mutability: 'readOnly', referenceTypes: ['uri'] }),
    ],
    { mutability: 'readOnly' },
  ),
];
