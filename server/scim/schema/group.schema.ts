import { attribute, complex, type SchemaDef } from './types.js';
import { GROUP_URN } from './urns.js';

/** The core Group schema (RFC 7643 §4.2, §8.7.1). Members are Users; nested groups are not supported. */
export const GROUP_SCHEMA: SchemaDef = {
  id: GROUP_URN,
  name: 'Group',
  description: 'Group',
  attributes: [
    attribute('displayName', 'string', 'A human-readable name for the Group; two Groups may share one.', { required: true }),
    complex(
      'members',
      'A list of members of the Group (Users only).',
      [
        attribute('value', 'string', 'Identifier of the member of this Group.', { mutability: 'immutable' }),
        attribute('$ref', 'reference', 'The URI of the member resource; set by Attest.', { mutability: 'readOnly', referenceTypes: ['User'] }),
        attribute('display', 'string', 'The display name of the member; set by Attest from the User.', { mutability: 'readOnly' }),
        attribute('type', 'string', "The type of the member; only 'User' is accepted.", { mutability: 'immutable', canonicalValues: ['User'] }),
      ],
      { multiValued: true },
    ),
  ],
};
