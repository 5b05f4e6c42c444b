/**
 * Pure matching of IdP identities and app accounts to HR people. No database here: the caller
 * reads the facts, this decides the links, and every link says how and why.
 */

export interface PersonFacts {
  id: string;
  employeeId: string | null;
  email: string;
  alternateEmails: string[];
  displayName: string;
}

export interface IdentityFacts {
  id: string;
  idp: string;
  login: string;
  email: string | null;
  employeeNumber: string | null;
}

export interface AccountFacts {
  id: string;
  email: string | null;
  /** Identities the account signs in with (IdP app assignment). */
  identityIds: string[];
}

export type LinkMethod = 'employee_id' | 'idp_assignment' | 'exact_email' | 'hr_alternate_email';

export interface Link {
  fromId: string;
  personId: string;
  method: LinkMethod;
  confidence: number;
  reason: string;
}

class PersonIndex {
  private readonly byEmployeeId = new Map<string, PersonFacts>();
  private readonly byEmail = new Map<string, PersonFacts>();
  private readonly byAlternate = new Map<string, PersonFacts[]>();

  constructor(people: PersonFacts[]) {
    for (const person of people) {
      if (person.employeeId) this.byEmployeeId.set(person.employeeId, person);
      this.byEmail.set(normalize(person.email), person);
      for (const alternate of person.alternateEmails) {
        const key = normalize(alternate);
        this.byAlternate.set(key, [...(this.byAlternate.get(key) ?? []), person]);
      }
    }
  }

  employee(id: string | null): PersonFacts | undefined {
    return id ? this.byEmployeeId.get(id) : undefined;
  }

  email(email: string | null): PersonFacts | undefined {
    return email ? this.byEmail.get(normalize(email)) : undefined;
  }

  /** A person whose HR alternate emails include this one, only when exactly one person does. */
  alternate(email: string | null): PersonFacts | undefined {
    const matches = email ? this.byAlternate.get(normalize(email)) : undefined;
    return matches?.length === 1 ? matches[0] : undefined;
  }
}

function normalize(email: string): string {
  return email.trim().toLowerCase();
}

export function linkIdentities(people: PersonFacts[], identities: IdentityFacts[]): Link[] {
  const index = new PersonIndex(people);
  const links: Link[] = [];
  for (const identity of identities) {
    const byEmployee = index.employee(identity.employeeNumber);
    if (byEmployee) {
      links.push({
        fromId: identity.id,
        personId: byEmployee.id,
        method: 'employee_id',
        confidence: 1,
        reason: `${identity.idp} identity ${identity.login} carries employee number ${identity.employeeNumber}, the HR id of ${byEmployee.displayName}`,
      });
      continue;
    }
    const emailLink = matchEmail(index, identity.id, identity.email ?? identity.login, `${identity.idp} identity ${identity.login}`);
    if (emailLink) links.push(emailLink);
  }
  return links;
}

export function linkAccounts(people: PersonFacts[], identityLinks: Link[], accounts: AccountFacts[], identityLogins: Map<string, string>): Link[] {
  const index = new PersonIndex(people);
  const personById = new Map(people.map((person) => [person.id, person]));
  const ownerOfIdentity = new Map(identityLinks.map((link) => [link.fromId, link.personId]));
  const links: Link[] = [];
  for (const account of accounts) {
    const viaIdentity = account.identityIds
      .map((identityId) => ({ identityId, personId: ownerOfIdentity.get(identityId) }))
      .find((candidate) => candidate.personId !== undefined);
    const owner = viaIdentity?.personId ? personById.get(viaIdentity.personId) : undefined;
    if (viaIdentity && owner) {
      links.push({
        fromId: account.id,
        personId: owner.id,
        method: 'idp_assignment',
        confidence: 1,
        reason: `Signs in with the IdP identity ${identityLogins.get(viaIdentity.identityId) ?? viaIdentity.identityId}, which belongs to ${owner.displayName}`,
      });
      continue;
    }
    const emailLink = matchEmail(index, account.id, account.email, account.email ?? account.id);
    if (emailLink) links.push(emailLink);
  }
  return links;
}

function matchEmail(index: PersonIndex, fromId: string, email: string | null, subject: string): Link | null {
  const exact = index.email(email);
  if (exact) {
    return { fromId, personId: exact.id, method: 'exact_email', confidence: 0.95, reason: `${subject} has the HR work email of ${exact.displayName}` };
  }
  const alternate = index.alternate(email);
  if (alternate) {
    return {
      fromId,
      personId: alternate.id,
      method: 'hr_alternate_email',
      confidence: 0.9,
      reason: `${email} matches the HR alternate email of ${alternate.displayName}`,
    };
  }
  return null;
}
