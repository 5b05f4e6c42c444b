import { describe, expect, it } from 'vitest';
import { linkAccounts, linkIdentities, type PersonFacts } from '../../server/reconcile/match.js';
import { normalizeEmail, normalizeName } from '../../server/reconcile/normalize.js';

const jane: PersonFacts = {
  id: 'p1',
  employeeId: 'E1',
  email: 'jane.doe@acme.com',
  alternateEmails: ['jdoe@acme.com'],
  displayName: 'Jane Doe',
};
const john: PersonFacts = {
  id: 'p2',
  employeeId: 'E2',
  email: 'john.roe@acme.com',
  alternateEmails: ['shared@acme.com'],
  displayName: 'John Roe',
};
const jill: PersonFacts = {
  id: 'p3',
  employeeId: 'E3',
  email: 'jill.poe@acme.com',
  alternateEmails: ['shared@acme.com'],
  displayName: 'Jill Poe',
};
const sam1: PersonFacts = { id: 'p4', employeeId: 'E4', email: 'sam.lee@acme.com', alternateEmails: [], displayName: 'Sam Lee' };
const sam2: PersonFacts = { id: 'p5', employeeId: 'E5', email: 'sam.lee2@acme.com', alternateEmails: [], displayName: 'Sam Lee' };
const contractor: PersonFacts = {
  id: 'p6',
  employeeId: 'C1',
  email: 'pat.kim@acme.com',
  alternateEmails: ['pat.kim.dev@gmail.com'],
  displayName: 'Pat Kim',
};
const people = [jane, john, jill, sam1, sam2, contractor];
const aliases = { domainAliases: { 'acme.io': 'acme.com' } };

describe('email normalization', () => {
  it('ignores case, +tags, alias domains, and dots only where the provider does', () => {
    expect(normalizeEmail(' Jane.Doe+jira@ACME.io ', aliases)).toBe('jane.doe@acme.com');
    expect(normalizeEmail('P.A.T.Kim.Dev@gmail.com', aliases)).toBe('patkimdev@gmail.com');
    expect(normalizeEmail('jane.doe@acme.com', aliases)).not.toBe(normalizeEmail('janedoe@acme.com', aliases));
  });

  it('compares names without case, accents or punctuation', () => {
    expect(normalizeName("  José  O'Neil ")).toBe('jose oneil');
  });
});

describe('identity matching', () => {
  it('prefers the employee number over the email, and says so', () => {
    const { links } = linkIdentities(people, [
      { id: 'i1', idp: 'okta', login: 'john.roe@acme.com', email: 'john.roe@acme.com', employeeNumber: 'E1' },
    ]);
    expect(links[0]).toMatchObject({ personId: 'p1', method: 'employee_id', confidence: 1 });
    expect(links[0]?.reason).toContain('Jane Doe');
  });

  it('matches the work email regardless of case and surrounding spaces', () => {
    const { links } = linkIdentities(people, [{ id: 'i1', idp: 'okta', login: ' Jane.Doe@ACME.com ', email: null, employeeNumber: null }]);
    expect(links[0]).toMatchObject({ personId: 'p1', method: 'exact_email' });
  });
});

describe('account matching', () => {
  const identityLinks = linkIdentities(people, [
    { id: 'i1', idp: 'okta', login: 'jane.doe@acme.com', email: 'jane.doe@acme.com', employeeNumber: 'E1' },
  ]).links;
  const logins = new Map([['i1', 'jane.doe@acme.com']]);
  const match = (account: { email: string | null; username?: string; displayName?: string; identityIds?: string[] }) =>
    linkAccounts(people, identityLinks, [{ id: 'a1', identityIds: [], ...account }], logins, aliases);

  it('follows the IdP assignment first, even when the account email is someone else', () => {
    const { links } = match({ email: 'john.roe@acme.com', identityIds: ['i1'] });
    expect(links[0]).toMatchObject({ personId: 'p1', method: 'idp_assignment', confidence: 1 });
    expect(links[0]?.reason).toContain('jane.doe@acme.com');
  });

  it('never puts two GitHub users on one person by a login that only looks like their mailbox name', () => {
    const accounts = [
      { id: 'gh:1', appId: 'app-github', email: null, username: 'jane.doe', identityIds: [] },
      { id: 'gh:invite', appId: 'app-github', email: 'jane.doe@acme.com', username: 'jdoe-dev', identityIds: [] },
      { id: 'slack:1', appId: 'app-slack', email: null, username: 'jane.doe', identityIds: [] },
    ];
    const { links, ambiguous } = linkAccounts(people, identityLinks, accounts, logins, aliases);
    expect(links.map((l) => [l.fromId, l.personId, l.method])).toEqual([
      ['gh:invite', 'p1', 'exact_email'],
      ['slack:1', 'p1', 'username'],
    ]);
    expect(ambiguous).toEqual([expect.objectContaining({ fromId: 'gh:1', method: 'username', candidatePersonIds: ['p1'] })]);
    expect(ambiguous[0]?.reason).toContain('already has jane.doe@acme.com in this app');
  });

  it('uses an HR alternate email with a readable reason', () => {
    const { links } = match({ email: 'jdoe@acme.com' });
    expect(links[0]).toMatchObject({ personId: 'p1', method: 'hr_alternate_email', confidence: 0.9 });
    expect(links[0]?.reason).toBe('jdoe@acme.com matches the HR alternate email of Jane Doe');
  });

  it('links plus-addressed, alias-domain and case-variant emails as the same mailbox', () => {
    for (const email of ['Jane.Doe+figma@acme.com', 'jane.doe@acme.io', 'JANE.DOE@ACME.IO']) {
      expect(match({ email }).links[0], email).toMatchObject({ personId: 'p1' });
    }
    expect(match({ email: 'jane.doe+x@acme.io' }).links[0]?.method).toBe('normalized_email');
  });

  it('finds a contractor by the personal email HR knows, dots and all', () => {
    expect(match({ email: 'patkimdev@gmail.com' }).links[0]).toMatchObject({ personId: 'p6', method: 'normalized_email' });
  });

  it('falls back to the user name, then the display name with low confidence', () => {
    expect(match({ email: null, username: 'john.roe' }).links[0]).toMatchObject({ personId: 'p2', method: 'username', confidence: 0.7 });
    expect(match({ email: 'someone@partner.com', displayName: 'jill poe' }).links[0]).toMatchObject({
      personId: 'p3',
      method: 'display_name',
      confidence: 0.5,
    });
  });

  it('never guesses between two people: flags the account for review with both candidates', () => {
    const shared = match({ email: 'shared@acme.com' });
    expect(shared.links).toEqual([]);
    expect(shared.ambiguous[0]).toMatchObject({ fromId: 'a1', method: 'hr_alternate_email', candidatePersonIds: ['p2', 'p3'] });
    const sameName = match({ email: 'sam@partner.com', displayName: 'Sam Lee' });
    expect(sameName.links).toEqual([]);
    expect(sameName.ambiguous[0]?.candidatePersonIds).toEqual(['p4', 'p5']);
    expect(sameName.ambiguous[0]?.reason).toContain('Sam Lee, Sam Lee');
  });

  it('leaves an account nobody matches unlinked and unflagged', () => {
    expect(match({ email: 'stranger@partner.com' })).toEqual({ links: [], ambiguous: [] });
  });
});

describe('a rehired person (several HR records with one email, the earlier ones terminated)', () => {
  const before: PersonFacts = {
    id: 'E7',
    employeeId: 'E7',
    email: 'ana.ito@acme.com',
    alternateEmails: [],
    displayName: 'Ana Ito',
    status: 'terminated',
    endDate: '2023-05-01',
  };
  const now: PersonFacts = {
    id: 'E42',
    employeeId: 'E42',
    email: 'ana.ito@acme.com',
    alternateEmails: [],
    displayName: 'Ana Ito',
    status: 'active',
    endDate: null,
  };
  const staff = [before, now, jane, john];
  const account = (email: string) => linkAccounts(staff, [], [{ id: 'a1', email, identityIds: [] }], new Map(), aliases);

  it('links the account to the current employment and says why', () => {
    const { links, ambiguous } = account('ana.ito@acme.com');
    expect(ambiguous).toEqual([]);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ personId: 'E42', method: 'exact_email' });
    expect(links[0]?.reason).toBe(
      'ana.ito@acme.com has the HR work email of Ana Ito; it matches the current employment of Ana Ito (E42) (rehired; an earlier record ended 2023-05-01)',
    );
  });

  it('does the same for a normalized address and for an identity without an employee number', () => {
    expect(account('Ana.Ito+jira@acme.io').links[0]).toMatchObject({ personId: 'E42', method: 'normalized_email' });
    const identities = linkIdentities(staff, [
      { id: 'i1', idp: 'okta', login: 'ana.ito@acme.com', email: 'ana.ito@acme.com', employeeNumber: null },
    ]);
    expect(identities.links[0]).toMatchObject({ personId: 'E42', method: 'exact_email' });
  });

  it('names the latest end date when there are several earlier records', () => {
    const older: PersonFacts = { ...before, id: 'E3', employeeId: 'E3', endDate: '2021-02-01' };
    const { links } = linkAccounts(
      [older, before, now],
      [],
      [{ id: 'a1', email: 'ana.ito@acme.com', identityIds: [] }],
      new Map(),
      aliases,
    );
    expect(links[0]?.personId).toBe('E42');
    expect(links[0]?.reason).toContain('(rehired; 2 earlier records, the latest ended 2023-05-01)');
  });

  it('still never guesses when two records are current, when every record is terminated, or when the status is unknown', () => {
    for (const group of [
      [before, now, { ...now, id: 'E43', employeeId: 'E43', status: 'leave' }],
      [before, { ...now, status: 'terminated', endDate: '2025-01-31' }],
      [
        { ...before, status: undefined },
        { ...now, status: undefined },
      ],
      [before, { ...now, status: null }],
    ]) {
      const result = linkAccounts(group, [], [{ id: 'a1', email: 'ana.ito@acme.com', identityIds: [] }], new Map(), aliases);
      expect(result.links, JSON.stringify(group.map((p) => p.status))).toEqual([]);
      expect(result.ambiguous[0]?.candidatePersonIds.length).toBe(group.length);
    }
  });

  it('does not apply to a match by display name: two people with one name, one of them gone, are still for a person to decide', () => {
    const gone: PersonFacts = {
      id: 'E8',
      employeeId: 'E8',
      email: 'alex.kim@acme.com',
      alternateEmails: [],
      displayName: 'Alex Kim',
      status: 'terminated',
      endDate: '2024-01-01',
    };
    const here: PersonFacts = {
      id: 'E9',
      employeeId: 'E9',
      email: 'alex.kim2@acme.com',
      alternateEmails: [],
      displayName: 'Alex Kim',
      status: 'active',
    };
    const result = linkAccounts(
      [gone, here],
      [],
      [{ id: 'a1', email: 'alexk.design@gmail.com', displayName: 'Alex Kim', identityIds: [] }],
      new Map(),
      aliases,
    );
    expect(result.links).toEqual([]);
    expect(result.ambiguous[0]).toMatchObject({ method: 'display_name', candidatePersonIds: ['E8', 'E9'] });
  });
});
