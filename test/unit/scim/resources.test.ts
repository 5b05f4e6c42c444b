import { describe, expect, it } from 'vitest';
import { ScimError } from '../../../server/scim/errors.js';
import { parseFilter } from '../../../server/scim/filter/parser.js';
import type { JsonObject } from '../../../server/scim/json.js';
import { parseListQuery } from '../../../server/scim/list.js';
import { indexHint } from '../../../server/scim/listing.js';
import { normalizeResource } from '../../../server/scim/normalize.js';
import { isReturned, parseSelection, project } from '../../../server/scim/projection.js';
import { GROUP_TYPE, USER_TYPE } from '../../../server/scim/schema/resource-types.js';
import { identityProperties } from '../../../server/scim/users/user.mapper.js';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function scimError(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('normalizing a posted user', () => {
  it('uses schema spellings, coerces Entra strings, drops read-only, unknown and null attributes and the password', () => {
    const user = normalizeResource(USER_TYPE, {
      schemas: [USER.toUpperCase()],
      UserName: 'BJensen@acme.com',
      Active: 'True',
      password: 'secret',
      id: 'client-chosen',
      groups: [{ value: 'g1' }],
      favouriteColour: 'red',
      nickName: null,
      emails: [{ Value: 'bjensen@acme.com', Type: 'work', Primary: 'true' }],
      [ENTERPRISE]: { employeeNumber: 701, manager: 'm-1' },
    });
    expect(user).toEqual({
      schemas: [USER, ENTERPRISE],
      userName: 'BJensen@acme.com',
      active: true,
      emails: [{ value: 'bjensen@acme.com', type: 'work', primary: true }],
      [ENTERPRISE]: { employeeNumber: '701', manager: { value: 'm-1' } },
    });
  });

  it('requires schemas with the core URN, and names an unknown schema', () => {
    expect(scimError(() => normalizeResource(USER_TYPE, { userName: 'a' }))).toMatchObject({ status: 400, scimType: 'invalidSyntax' });
    const unknown = scimError(() => normalizeResource(USER_TYPE, { schemas: [USER, 'urn:example:custom:User'], userName: 'a' }));
    expect(unknown).toMatchObject({ status: 400, scimType: 'invalidValue' });
    expect(unknown.message).toContain('unknown schema "urn:example:custom:User"');
    expect(scimError(() => normalizeResource(USER_TYPE, { schemas: [ENTERPRISE], userName: 'a' })).message).toContain(
      `must include "${USER}"`,
    );
  });

  it('requires userName, and names attributes of the wrong type', () => {
    expect(scimError(() => normalizeResource(USER_TYPE, { schemas: [USER], userName: '  ' })).message).toContain("'userName' is required");
    expect(scimError(() => normalizeResource(USER_TYPE, { schemas: [USER], userName: 'a', name: 'Babs' })).message).toContain(
      "'name' must be an object with formatted, familyName",
    );
    expect(
      scimError(() =>
        normalizeResource(USER_TYPE, {
          schemas: [USER],
          userName: 'a',
          emails: [
            { value: 'a', primary: true },
            { value: 'b', primary: true },
          ],
        }),
      ).message,
    ).toContain('at most one may be primary');
  });
});

describe('identity properties of a SCIM user', () => {
  it('derive login, email, name, employee number, manager and status', () => {
    const resource = normalizeResource(USER_TYPE, {
      schemas: [USER, ENTERPRISE],
      userName: 'BJensen@Acme.com',
      name: { givenName: 'Barbara', familyName: 'Jensen' },
      active: false,
      externalId: '00u1',
      emails: [
        { value: 'babs@home.org', type: 'home' },
        { value: 'bjensen@acme.com', type: 'work' },
      ],
      [ENTERPRISE]: { employeeNumber: 'E-7', manager: { value: 'm-1' } },
    });
    expect(identityProperties(resource, resource)).toMatchObject({
      login: 'bjensen@acme.com',
      email: 'bjensen@acme.com',
      displayName: 'Barbara Jensen',
      employeeNumber: 'E-7',
      manager: 'm-1',
      status: 'suspended',
      externalId: '00u1',
    });
  });
});

describe('attributes and excludedAttributes', () => {
  const user: JsonObject = {
    schemas: [USER, ENTERPRISE],
    id: 'u1',
    userName: 'bjensen',
    name: { givenName: 'Barbara', familyName: 'Jensen' },
    emails: [{ value: 'b@acme.com', type: 'work' }],
    [ENTERPRISE]: { employeeNumber: 'E-7', department: 'Sales' },
    meta: { resourceType: 'User' },
  };

  it('attributes keeps what is asked for, plus schemas and id', () => {
    expect(project(USER_TYPE, user, parseSelection('userName,NAME.familyName,emails.value', null))).toEqual({
      schemas: [USER, ENTERPRISE],
      id: 'u1',
      userName: 'bjensen',
      name: { familyName: 'Jensen' },
      emails: [{ value: 'b@acme.com' }],
    });
    expect(project(USER_TYPE, user, parseSelection(`${ENTERPRISE}:employeeNumber`, null))).toEqual({
      schemas: [USER, ENTERPRISE],
      id: 'u1',
      [ENTERPRISE]: { employeeNumber: 'E-7' },
    });
    expect(project(USER_TYPE, user, parseSelection(ENTERPRISE, null))[ENTERPRISE]).toEqual({ employeeNumber: 'E-7', department: 'Sales' });
  });

  it('excludedAttributes drops what is named, never id', () => {
    expect(project(USER_TYPE, user, parseSelection(null, 'emails,name.givenName,id,meta,employeeNumber'))).toEqual({
      schemas: [USER, ENTERPRISE],
      id: 'u1',
      userName: 'bjensen',
      name: { familyName: 'Jensen' },
      [ENTERPRISE]: { department: 'Sales' },
    });
  });

  it('knows when group members are not returned', () => {
    expect(isReturned(GROUP_TYPE, parseSelection(null, 'members'), 'members')).toBe(false);
    expect(isReturned(GROUP_TYPE, parseSelection('displayName', null), 'members')).toBe(false);
    expect(isReturned(GROUP_TYPE, parseSelection('members.value', null), 'members')).toBe(true);
    expect(isReturned(GROUP_TYPE, parseSelection(null, null), 'members')).toBe(true);
  });

  it('rejects a malformed attribute path', () => {
    expect(scimError(() => parseSelection('user name', null))).toMatchObject({ status: 400, scimType: 'invalidValue' });
  });
});

describe('list queries', () => {
  it('reads paging with RFC defaults and caps', () => {
    expect(parseListQuery(USER_TYPE, {})).toMatchObject({ filter: null, startIndex: 1, count: 100 });
    expect(parseListQuery(USER_TYPE, { startIndex: '0', count: '-5' })).toMatchObject({ startIndex: 1, count: 0 });
    expect(parseListQuery(USER_TYPE, { startindex: '3', COUNT: '5000' })).toMatchObject({ startIndex: 3, count: 200 });
    expect(scimError(() => parseListQuery(USER_TYPE, { count: 'ten' }))).toMatchObject({ scimType: 'invalidValue' });
  });

  it('reports filter errors as invalidFilter with the position, and unknown attributes', () => {
    const error = scimError(() => parseListQuery(USER_TYPE, { filter: 'userName "bjensen"' }));
    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter' });
    expect(error.message).toContain("expected an operator after 'userName' at position 9");
    expect(scimError(() => parseListQuery(USER_TYPE, { filter: 'shoeSize gt 40' })).message).toContain(
      "unknown attribute 'shoeSize' of User at position 0",
    );
    expect(scimError(() => parseListQuery(USER_TYPE, { filter: 'emails[colour eq "x"]' })).message).toContain(
      "unknown attribute 'colour' of 'emails' at position 7",
    );
    expect(scimError(() => parseListQuery(USER_TYPE, { filter: 'active gt "a"' })).message).toContain(
      "'gt' is not defined for the boolean attribute 'active'",
    );
  });

  it('finds an index hint for eq on userName / externalId / id, also inside a top-level and', () => {
    expect(indexHint(USER_TYPE, parseFilter('USERNAME eq "BJensen"'), ['id', 'userName', 'externalId'])).toEqual({
      attribute: 'userName',
      value: 'BJensen',
    });
    expect(indexHint(USER_TYPE, parseFilter('active eq true and externalId eq "00u1"'), ['id', 'userName', 'externalId'])).toEqual({
      attribute: 'externalId',
      value: '00u1',
    });
    expect(indexHint(USER_TYPE, parseFilter('userName eq "a" or externalId eq "b"'), ['id', 'userName', 'externalId'])).toBeNull();
    expect(indexHint(USER_TYPE, parseFilter('userName co "a"'), ['id', 'userName', 'externalId'])).toBeNull();
  });
});
