import { describe, expect, it } from 'vitest';
import { linkAccounts, linkIdentities, type PersonFacts } from '../../server/reconcile/match.js';

const jane: PersonFacts = { id: 'p1', employeeId: 'E1', email: 'jane.doe@acme.com', alternateEmails: ['jdoe@acme.com'], displayName: 'Jane Doe' };
const john: PersonFacts = { id: 'p2', employeeId: 'E2', email: 'john.roe@acme.com', alternateEmails: ['shared@acme.com'], displayName: 'John Roe' };
const jill: PersonFacts = { id: 'p3', employeeId: 'E3', email: 'jill.poe@acme.com', alternateEmails: ['shared@acme.com'], displayName: 'Jill Poe' };
const people = [jane, john, jill];

describe('identity matching', () => {
  it('prefers the employee number over the email, and says so', () => {
    const [link] = linkIdentities(people, [{ id: 'i1', idp: 'okta', login: 'john.roe@acme.com', email: 'john.roe@acme.com', employeeNumber: 'E1' }]);
    expect(link).toMatchObject({ personId: 'p1', method: 'employee_id', confidence: 1 });
    expect(link?.reason).toContain('Jane Doe');
  });

  it('matches the work email regardless of case and surrounding spaces', () => {
    const [link] = linkIdentities(people, [{ id: 'i1', idp: 'okta', login: ' Jane.Doe@ACME.com ', email: null, employeeNumber: null }]);
    expect(link).toMatchObject({ personId: 'p1', method: 'exact_email' });
  });
});

describe('account matching', () => {
  const identityLinks = linkIdentities(people, [{ id: 'i1', idp: 'okta', login: 'jane.doe@acme.com', email: 'jane.doe@acme.com', employeeNumber: 'E1' }]);
  const logins = new Map([['i1', 'jane.doe@acme.com']]);

  it('follows the IdP assignment first, even when the account email is someone else', () => {
    const [link] = linkAccounts(people, identityLinks, [{ id: 'a1', email: 'john.roe@acme.com', identityIds: ['i1'] }], logins);
    expect(link).toMatchObject({ personId: 'p1', method: 'idp_assignment', confidence: 1 });
    expect(link?.reason).toContain('jane.doe@acme.com');
  });

  it('uses an HR alternate email with a readable reason', () => {
    const [link] = linkAccounts(people, identityLinks, [{ id: 'a1', email: 'jdoe@acme.com', identityIds: [] }], logins);
    expect(link).toMatchObject({ personId: 'p1', method: 'hr_alternate_email', confidence: 0.9 });
    expect(link?.reason).toBe('jdoe@acme.com matches the HR alternate email of Jane Doe');
  });

  it('never guesses between two people who share an alternate email', () => {
    expect(linkAccounts(people, identityLinks, [{ id: 'a1', email: 'shared@acme.com', identityIds: [] }], logins)).toEqual([]);
  });

  it('leaves an account nobody matches unlinked', () => {
    expect(linkAccounts(people, identityLinks, [{ id: 'a1', email: 'stranger@partner.com', identityIds: [] }], logins)).toEqual([]);
  });
});
