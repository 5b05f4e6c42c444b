import { describe, expect, it } from 'vitest';
import { evaluateFilter, type TraitsLookup } from '../../../server/scim/filter/evaluate.js';
import { parseFilter } from '../../../server/scim/filter/parser.js';
import type { JsonObject } from '../../../server/scim/json.js';
import { traitsFor } from '../../../server/scim/schema/resolve.js';
import { GROUP_TYPE, USER_TYPE } from '../../../server/scim/schema/resource-types.js';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const barbara: JsonObject = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: '2819c223-7f76-453a-919d-413861904646',
  externalId: 'okta-00u1',
  userName: 'Barbara.Jensen@acme.com',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  displayName: 'Babs Jensen',
  title: '',
  active: true,
  loginCount: 7,
  emails: [
    { value: 'bjensen@acme.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  [ENTERPRISE]: { employeeNumber: 'E-701', manager: { value: 'm-1' } },
  meta: { created: '2026-01-10T09:00:00Z', lastModified: '2026-03-01T12:00:00.000Z' },
};

const userTraits = traitsFor(USER_TYPE);
const matches = (filter: string, resource: JsonObject = barbara, traits: TraitsLookup = userTraits): boolean =>
  evaluateFilter(parseFilter(filter), resource, traits);

describe('filter evaluation: operators', () => {
  it('eq compares strings ignoring case unless the attribute is caseExact', () => {
    expect(matches('userName eq "barbara.jensen@ACME.com"')).toBe(true);
    expect(matches('externalId eq "okta-00u1"')).toBe(true);
    expect(matches('externalId eq "OKTA-00U1"')).toBe(false);
    expect(matches('id eq "2819C223-7F76-453A-919D-413861904646"')).toBe(false);
  });

  it('ne is the negation of eq, and true for an absent attribute', () => {
    expect(matches('userName ne "someone"')).toBe(true);
    expect(matches('userName ne "BARBARA.JENSEN@acme.com"')).toBe(false);
    expect(matches('nickName ne "Babs"')).toBe(true);
  });

  it('co, sw and ew match substrings, prefixes and suffixes', () => {
    expect(matches('displayName co "S JEN"')).toBe(true);
    expect(matches('displayName sw "babs"')).toBe(true);
    expect(matches('displayName ew "jensen"')).toBe(true);
    expect(matches('displayName sw "jensen"')).toBe(false);
    expect(matches('displayName ew "babs"')).toBe(false);
  });

  it('pr is false for absent, empty strings and empty lists', () => {
    expect(matches('displayName pr')).toBe(true);
    expect(matches('emails pr')).toBe(true);
    expect(matches('title pr')).toBe(false);
    expect(matches('nickName pr')).toBe(false);
    expect(matches('phoneNumbers pr')).toBe(false);
  });

  it('gt, ge, lt and le order strings, numbers and dates', () => {
    expect(matches('userName gt "a"')).toBe(true);
    expect(matches('userName lt "a"')).toBe(false);
    expect(matches('loginCount ge 7', barbara, () => undefined)).toBe(true);
    expect(matches('loginCount gt 7', barbara, () => undefined)).toBe(false);
    expect(matches('loginCount le 7', barbara, () => undefined)).toBe(true);
    expect(matches('loginCount lt 8', barbara, () => undefined)).toBe(true);
    // Dates order chronologically, whatever their spelling: .000Z vs Z, or a plain date.
    expect(matches('meta.lastModified gt "2026-03-01T11:59:59Z"')).toBe(true);
    expect(matches('meta.lastModified ge "2026-03-01T12:00:00Z"')).toBe(true);
    expect(matches('meta.lastModified lt "2026-03-01"')).toBe(false);
    expect(matches('meta.created le "2026-01-10T09:00:00.000Z"')).toBe(true);
  });

  it('booleans compare with eq / ne, also when Entra spells them as strings', () => {
    expect(matches('active eq true')).toBe(true);
    expect(matches('active eq false')).toBe(false);
    expect(matches('active eq "True"')).toBe(true);
    expect(matches('active ne true')).toBe(false);
  });

  it('eq null matches an absent attribute, ne null a present one', () => {
    expect(matches('nickName eq null')).toBe(true);
    expect(matches('userName eq null')).toBe(false);
    expect(matches('userName ne null')).toBe(true);
  });

  it('values of different types never match', () => {
    expect(matches('userName eq 5')).toBe(false);
    expect(matches('loginCount eq "7"', barbara, () => undefined)).toBe(false);
  });
});

describe('filter evaluation: logic', () => {
  it('and, or and not', () => {
    expect(matches('userName sw "barbara" and active eq true')).toBe(true);
    expect(matches('userName sw "barbara" and active eq false')).toBe(false);
    expect(matches('userName sw "nobody" or active eq true')).toBe(true);
    expect(matches('not (active eq true)')).toBe(false);
    expect(matches('not (userName eq "x")')).toBe(true);
  });

  it('honours precedence: and before or', () => {
    // false or (true and false) = false; (false or true) and false = false; false or true and true = true
    expect(matches('userName eq "x" or displayName pr and title pr')).toBe(false);
    expect(matches('userName eq "x" or displayName pr and nickName eq null')).toBe(true);
    expect(matches('(userName eq "x" or displayName pr) and title pr')).toBe(false);
    expect(matches('displayName pr or userName eq "x" and title pr')).toBe(true);
  });
});

describe('filter evaluation: attribute paths', () => {
  it('reads sub-attributes and ignores the case of attribute names', () => {
    expect(matches('name.familyName eq "jensen"')).toBe(true);
    expect(matches('NAME.FAMILYNAME eq "jensen"')).toBe(true);
    expect(matches('USERNAME eq "barbara.jensen@acme.com"')).toBe(true);
  });

  it('a sub-attribute of a multi-valued attribute matches if any value does', () => {
    expect(matches('emails.value co "jensen.org"')).toBe(true);
    expect(matches('emails.type eq "other"')).toBe(false);
  });

  it('a complex attribute without a sub-attribute compares its value', () => {
    expect(matches('emails co "@acme.com"')).toBe(true);
    expect(matches('emails eq "babs@jensen.org"')).toBe(true);
  });

  it('value paths need one element to match the whole inner filter', () => {
    expect(matches('emails[type eq "work" and value co "@acme.com"]')).toBe(true);
    expect(matches('emails[type eq "home" and value co "@acme.com"]')).toBe(false);
    expect(matches('emails[primary eq true]')).toBe(true);
    expect(matches('emails[not (type eq "work")]')).toBe(true);
    expect(matches('phoneNumbers[type eq "work"]')).toBe(false);
  });

  it('reads URN-prefixed extension attributes, and core attributes with the core URN', () => {
    expect(matches(`${ENTERPRISE}:employeeNumber eq "E-701"`)).toBe(true);
    expect(matches(`${ENTERPRISE}:manager.value eq "m-1"`)).toBe(true);
    expect(matches(`${ENTERPRISE.toUpperCase()}:EMPLOYEENUMBER eq "e-701"`)).toBe(true);
    expect(matches('urn:ietf:params:scim:schemas:core:2.0:User:userName sw "barbara"')).toBe(true);
  });

  it('finds an unqualified extension attribute when the core schema has none of that name', () => {
    expect(matches('employeeNumber eq "E-701"')).toBe(true);
  });

  it('matches group members by value, as Entra checks membership', () => {
    const group: JsonObject = { displayName: 'Admins', members: [{ value: 'u1', type: 'User' }, { value: 'u2' }] };
    const traits = traitsFor(GROUP_TYPE);
    expect(matches('members[value eq "u2"]', group, traits)).toBe(true);
    expect(matches('members eq "u1"', group, traits)).toBe(true);
    expect(matches('displayName eq "admins" and members[value eq "u3"]', group, traits)).toBe(false);
  });

  it('works without a schema: strings then compare ignoring case', () => {
    expect(evaluateFilter(parseFilter('externalId eq "OKTA-00U1"'), barbara)).toBe(true);
  });
});
