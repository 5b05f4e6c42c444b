import { attribute, complex, multiValuedStandard, type SchemaDef } from './types.js';
import { ENTERPRISE_USER_URN, USER_URN } from './urns.js';

/** The core User schema (RFC 7643 §4.1, §8.7.1) as Attest stores it. `password` is not kept: Attest never holds credentials. */
export const USER_SCHEMA: SchemaDef = {
  id: USER_URN,
  name: 'User',
  description: 'User Account',
  attributes: [
    attribute('userName', 'string', 'Unique identifier for the User, typically used to sign in; unique across the service provider, ignoring case.', {
      required: true,
      uniqueness: 'server',
    }),
    complex('name', "The components of the user's real name.", [
      attribute('formatted', 'string', 'The full name, formatted for display.'),
      attribute('familyName', 'string', 'The family name of the User.'),
      attribute('givenName', 'string', 'The given name of the User.'),
      attribute('middleName', 'string', 'The middle name(s) of the User.'),
      attribute('honorificPrefix', 'string', 'The honorific prefix(es) of the User.'),
      attribute('honorificSuffix', 'string', 'The honorific suffix(es) of the User.'),
    ]),
    attribute('displayName', 'string', 'The name of the User, suitable for display to end-users.'),
    attribute('nickName', 'string', 'The casual way to address the user.'),
    attribute('profileUrl', 'reference', "A fully qualified URL pointing to the user's online profile.", { referenceTypes: ['external'] }),
    attribute('title', 'string', "The user's title, such as 'Vice President'."),
    attribute('userType', 'string', 'The relationship between the organization and the user, e.g. Employee or Contractor.'),
    attribute('preferredLanguage', 'string', "The User's preferred written or spoken language."),
    attribute('locale', 'string', "The User's default location for localizing items."),
    attribute('timezone', 'string', "The User's time zone in the IANA Time Zone database format."),
    attribute('active', 'boolean', "The User's administrative status; false deactivates (suspends) the identity in Attest."),
    multiValuedStandard('emails', 'Email addresses for the user.', ['work', 'home', 'other']),
    multiValuedStandard('phoneNumbers', 'Phone numbers for the User.', ['work', 'home', 'mobile', 'fax', 'pager', 'other']),
    multiValuedStandard('ims', 'Instant messaging addresses for the User.', ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo']),
    multiValuedStandard('photos', 'URLs of photos of the User.', ['photo', 'thumbnail'], 'reference', { referenceTypes: ['external'] }),
    complex(
      'addresses',
      'A physical mailing address for this User.',
      [
        attribute('formatted', 'string', 'The full mailing address, formatted for display.'),
        attribute('streetAddress', 'string', 'The full street address component.'),
        attribute('locality', 'string', 'The city or locality component.'),
        attribute('region', 'string', 'The state or region component.'),
        attribute('postalCode', 'string', 'The zip code or postal code component.'),
        attribute('country', 'string', 'The country name component.'),
        attribute('type', 'string', "A label indicating the attribute's function.", { canonicalValues: ['work', 'home', 'other'] }),
        attribute('primary', 'boolean', "A Boolean value indicating the 'primary' or preferred address."),
      ],
      { multiValued: true },
    ),
    complex(
      'groups',
      'Groups the user belongs to; maintained through the Group resource, read-only here.',
      [
        attribute('value', 'string', 'The identifier of the Group.', { mutability: 'readOnly' }),
        attribute('$ref', 'reference', 'The URI of the Group.', { mutability: 'readOnly', referenceTypes: ['Group'] }),
        attribute('display', 'string', 'The display name of the Group.', { mutability: 'readOnly' }),
        attribute('type', 'string', "Membership type; always 'direct' (nested groups are not supported).", {
          mutability: 'readOnly',
          canonicalValues: ['direct', 'indirect'],
        }),
      ],
      { multiValued: true, mutability: 'readOnly' },
    ),
    multiValuedStandard('entitlements', 'A list of entitlements for the User.', []),
    multiValuedStandard('roles', 'A list of roles for the User.', []),
    multiValuedStandard('x509Certificates', 'A list of certificates issued to the User.', [], 'binary'),
  ],
};

/** The enterprise extension (RFC 7643 §4.3); employeeNumber links the identity to its HR person. */
export const ENTERPRISE_USER_SCHEMA: SchemaDef = {
  id: ENTERPRISE_USER_URN,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    attribute('employeeNumber', 'string', 'Numeric or alphanumeric identifier assigned to a person by the organization; used to link the identity to its HR record.'),
    attribute('costCenter', 'string', 'Identifies the name of a cost center.'),
    attribute('organization', 'string', 'Identifies the name of an organization.'),
    attribute('division', 'string', 'Identifies the name of a division.'),
    attribute('department', 'string', 'Identifies the name of a department.'),
    complex('manager', "The User's manager.", [
      attribute('value', 'string', 'The id of the SCIM resource representing the manager.'),
      attribute('$ref', 'reference', 'The URI of the SCIM resource representing the manager.', { referenceTypes: ['User'] }),
      attribute('displayName', 'string', 'The displayName of the manager; not returned by Attest.', { mutability: 'readOnly' }),
    ]),
  ],
};
