import { describe, expect, it } from 'vitest';
import { ScimError } from '../../../server/scim/errors.js';
import type { JsonObject, JsonValue } from '../../../server/scim/json.js';
import { normalizeResource } from '../../../server/scim/normalize.js';
import { applyPatch, parsePatchRequest } from '../../../server/scim/patch.js';
import { GROUP_TYPE, USER_TYPE } from '../../../server/scim/schema/resource-types.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const user: JsonObject = {
  schemas: [USER],
  userName: 'bjensen@acme.com',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  active: true,
  emails: [
    { value: 'bjensen@acme.com', type: 'work', primary: true },
    { value: 'babs@home.org', type: 'home' },
  ],
};

function patchUser(operations: JsonValue[], resource: JsonObject = user): JsonObject {
  return normalizeResource(USER_TYPE, applyPatch(USER_TYPE, resource, parsePatchRequest({ schemas: [PATCH], Operations: operations })));
}

function patchGroup(resource: JsonObject, operations: JsonValue[]): JsonObject {
  return normalizeResource(GROUP_TYPE, applyPatch(GROUP_TYPE, resource, parsePatchRequest({ schemas: [PATCH], Operations: operations })));
}

function scimError(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('PatchOp requests', () => {
  it('rejects a body without the PatchOp schema, naming the schema', () => {
    expect(scimError(() => parsePatchRequest({ Operations: [] }))).toMatchObject({ status: 400, scimType: 'invalidSyntax' });
    const error = scimError(() => parsePatchRequest({ schemas: ['urn:example:Other'], Operations: [{ op: 'add', value: {} }] }));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidValue' });
    expect(error.message).toContain('urn:example:Other');
  });

  it('rejects unknown op names with the operation index', () => {
    const error = scimError(() =>
      parsePatchRequest({
        schemas: [PATCH],
        Operations: [
          { op: 'add', value: {} },
          { op: 'merge', value: {} },
        ],
      }),
    );
    expect(error.message).toBe('Operations[1].op is "merge"; expected "add", "replace" or "remove"');
  });

  it('refuses add and replace with a path but no value, instead of clearing the attribute (RFC 7644 §3.5.2)', () => {
    for (const op of ['add', 'Replace']) {
      const error = scimError(() => patchUser([{ op, path: 'name.givenName' }]));
      expect(error).toMatchObject({ status: 400, scimType: 'invalidValue' });
      expect(error.message).toBe(
        `Operations[0]: "${op.toLowerCase()}" of 'name.givenName' has no "value"; to clear an attribute use "remove"`,
      );
    }
    expect(scimError(() => patchUser([{ op: 'replace', path: 'emails' }]))).toMatchObject({ status: 400, scimType: 'invalidValue' });
  });

  it('accepts capitalised op names (Entra)', () => {
    expect(parsePatchRequest({ schemas: [PATCH], Operations: [{ op: 'Replace', path: 'active', value: 'False' }] })).toMatchObject([
      { op: 'replace', path: 'active' },
    ]);
  });
});

describe('PATCH on users', () => {
  it("Okta's deactivation: replace without a path", () => {
    expect(patchUser([{ op: 'replace', value: { active: false } }]).active).toBe(false);
  });

  it("Entra's capitalised ops, string booleans and attribute paths", () => {
    const patched = patchUser([
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Replace', path: 'name.familyName', value: 'Jensen-Smith' },
      { op: 'Add', path: `${ENTERPRISE}:employeeNumber`, value: 'E-1' },
      { op: 'Add', path: `${ENTERPRISE}:manager`, value: 'm-9' },
    ]);
    expect(patched.active).toBe(false);
    expect(patched.name).toEqual({ givenName: 'Barbara', familyName: 'Jensen-Smith' });
    expect(patched[ENTERPRISE]).toEqual({ employeeNumber: 'E-1', manager: { value: 'm-9' } });
    expect(patched.schemas).toEqual([USER, ENTERPRISE]);
  });

  it('path-less values may use attribute paths as keys, and extension objects', () => {
    const patched = patchUser([
      { op: 'replace', value: { 'name.givenName': 'Babs', [ENTERPRISE]: { department: 'Sales' }, id: 'ignored', meta: {} } },
    ]);
    expect(patched.name).toEqual({ givenName: 'Babs', familyName: 'Jensen' });
    expect(patched[ENTERPRISE]).toEqual({ department: 'Sales' });
    expect(patched.id).toBeUndefined();
  });

  it('replace on a complex attribute merges sub-attributes (RFC 7644 §3.5.2.3)', () => {
    expect(patchUser([{ op: 'replace', path: 'name', value: { middleName: 'Ann' } }]).name).toEqual({
      givenName: 'Barbara',
      familyName: 'Jensen',
      middleName: 'Ann',
    });
  });

  it('sets a sub-attribute through a value filter, creating the value when an eq filter matches none', () => {
    const changed = patchUser([{ op: 'replace', path: 'emails[type eq "work"].value', value: 'barbara@acme.com' }]);
    expect(changed.emails).toEqual([
      { value: 'barbara@acme.com', type: 'work', primary: true },
      { value: 'babs@home.org', type: 'home' },
    ]);
    const created = patchUser([{ op: 'add', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 555 0100' }]);
    expect(created.phoneNumbers).toEqual([{ type: 'mobile', value: '+1 555 0100' }]);
  });

  it('fails with noTarget when a replace filter matches nothing and describes no value', () => {
    const error = scimError(() => patchUser([{ op: 'replace', path: 'emails[value co "x" or type eq "y"].display', value: 'X' }]));
    expect(error).toMatchObject({ status: 400, scimType: 'noTarget' });
  });

  it('adds values to a multi-valued attribute, skipping duplicates, and moves primary', () => {
    const patched = patchUser([
      {
        op: 'add',
        path: 'emails',
        value: [
          { value: 'b@new.com', type: 'other', primary: true },
          { value: 'babs@home.org', type: 'home' },
        ],
      },
    ]);
    expect(patched.emails).toEqual([
      { value: 'bjensen@acme.com', type: 'work', primary: false },
      { value: 'babs@home.org', type: 'home' },
      { value: 'b@new.com', type: 'other', primary: true },
    ]);
  });

  it('removes by path, by value filter, and sub-attributes', () => {
    expect(patchUser([{ op: 'remove', path: 'name.givenName' }]).name).toEqual({ familyName: 'Jensen' });
    expect(patchUser([{ op: 'remove', path: 'emails[type eq "home"]' }]).emails).toEqual([
      { value: 'bjensen@acme.com', type: 'work', primary: true },
    ]);
    expect(patchUser([{ op: 'remove', path: 'emails' }]).emails).toBeUndefined();
    expect(patchUser([{ op: 'remove', path: 'emails[type eq "nothing"]' }]).emails).toHaveLength(2);
  });

  it('refuses remove without a path, read-only targets, unknown attributes and removing userName', () => {
    expect(scimError(() => patchUser([{ op: 'remove' }]))).toMatchObject({ scimType: 'noTarget' });
    expect(scimError(() => patchUser([{ op: 'replace', path: 'id', value: 'x' }]))).toMatchObject({ scimType: 'mutability' });
    expect(scimError(() => patchUser([{ op: 'replace', path: 'groups', value: [] }]))).toMatchObject({ scimType: 'mutability' });
    const unknown = scimError(() => patchUser([{ op: 'replace', path: 'favouriteColour', value: 'red' }]));
    expect(unknown).toMatchObject({ scimType: 'invalidPath' });
    expect(unknown.message).toContain("unknown attribute 'favouriteColour'");
    expect(scimError(() => patchUser([{ op: 'remove', path: 'userName' }]))).toMatchObject({ scimType: 'invalidValue' });
  });

  it('reports a bad path filter with its position', () => {
    const error = scimError(() => patchUser([{ op: 'remove', path: 'emails[type "work"]' }]));
    expect(error).toMatchObject({ scimType: 'invalidPath' });
    expect(error.message).toContain("expected an operator after 'type' at position 12");
  });

  it('reports a value of the wrong type with the operation and attribute', () => {
    const error = scimError(() => patchUser([{ op: 'replace', path: 'active', value: 'maybe' }]));
    expect(error.message).toBe('\'Operations[0].value\' must be true or false but is "maybe"');
  });

  it('does not change its input', () => {
    patchUser([{ op: 'replace', value: { active: false } }]);
    expect(user.active).toBe(true);
  });
});

describe('PATCH on group members', () => {
  const group: JsonObject = {
    schemas: [GROUP],
    displayName: 'Engineering',
    members: [
      { value: 'u1', type: 'User' },
      { value: 'u2', type: 'User' },
    ],
  };

  it('adds members (Okta and Entra)', () => {
    expect(patchGroup(group, [{ op: 'add', path: 'members', value: [{ value: 'u3', display: 'Carol' }] }]).members).toEqual([
      { value: 'u1', type: 'User' },
      { value: 'u2', type: 'User' },
      { value: 'u3' },
    ]);
  });

  it('removes a member by value path (Okta)', () => {
    expect(patchGroup(group, [{ op: 'remove', path: 'members[value eq "u1"]' }]).members).toEqual([{ value: 'u2', type: 'User' }]);
  });

  it('removes members listed in value (Entra)', () => {
    expect(patchGroup(group, [{ op: 'Remove', path: 'members', value: [{ value: 'u2' }] }]).members).toEqual([
      { value: 'u1', type: 'User' },
    ]);
  });

  it('replaces all members, and renames with a path-less replace carrying the id (Okta)', () => {
    const patched = patchGroup(group, [
      { op: 'replace', path: 'members', value: [{ value: 'u9' }] },
      { op: 'replace', value: { id: 'group-id', displayName: 'Eng' } },
    ]);
    expect(patched).toEqual({ schemas: [GROUP], displayName: 'Eng', members: [{ value: 'u9' }] });
  });
});
