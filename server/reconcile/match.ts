/**
 * Pure matching of IdP identities and app accounts to HR people. No database here: the caller
 * reads the facts, this decides the links, and every link says how and why. Rules run from the
 * strongest to the weakest; a rule that finds two or more people never guesses: the record is
 * flagged for review with every candidate, and weaker rules are not tried. One exception, for the
 * email rules only: a rehired person has several HR records with the same email, the earlier ones
 * terminated. When exactly one candidate is not terminated and every other one is, the same mailbox
 * belongs to that current employment, and the link says so.
 */
import { exactEmail, localPart, normalizeEmail, normalizeName, type EmailNormalization } from './normalize.js';

export interface PersonFacts {
  id: string;
  employeeId: string | null;
  email: string;
  alternateEmails: string[];
  displayName: string;
  /** HR status (active, leave, terminated); when unknown, no record is taken for a rehire's current one. */
  status?: string | null;
  /** HR end date (YYYY-MM-DD, as READ_PEOPLE gives it), for the rehire reason. */
  endDate?: string | null;
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
  username?: string | null;
  displayName?: string | null;
  /** Identities the account signs in with (IdP app assignment). */
  identityIds: string[];
  /** The app the account is in; weak links never give one person two accounts of one app. */
  appId?: string | null;
}

export type LinkMethod =
  'manual' | 'employee_id' | 'idp_assignment' | 'exact_email' | 'hr_alternate_email' | 'normalized_email' | 'username' | 'display_name';

export interface Link {
  fromId: string;
  personId: string;
  method: LinkMethod;
  confidence: number;
  reason: string;
}

/** A record that matched more than one person: nobody is linked, a person decides. */
export interface Ambiguity {
  fromId: string;
  method: LinkMethod;
  candidatePersonIds: string[];
  reason: string;
}

export interface MatchResult {
  links: Link[];
  ambiguous: Ambiguity[];
}

export const NO_NORMALIZATION: EmailNormalization = { domainAliases: {} };

type Candidates = PersonFacts[];

class PersonIndex {
  private readonly byEmployeeId = new Map<string, PersonFacts>();
  private readonly byEmail = new Map<string, Candidates>();
  private readonly byAlternate = new Map<string, Candidates>();
  private readonly byNormalized = new Map<string, Candidates>();
  private readonly byLocalPart = new Map<string, Candidates>();
  private readonly byName = new Map<string, Candidates>();

  constructor(
    people: PersonFacts[],
    private readonly normalization: EmailNormalization,
  ) {
    for (const person of people) {
      if (person.employeeId) this.byEmployeeId.set(person.employeeId, person);
      add(this.byEmail, exactEmail(person.email), person);
      add(this.byNormalized, normalizeEmail(person.email, normalization), person);
      add(this.byLocalPart, localPart(person.email), person);
      add(this.byName, normalizeName(person.displayName), person);
      for (const alternate of person.alternateEmails) {
        add(this.byAlternate, exactEmail(alternate), person);
        add(this.byNormalized, normalizeEmail(alternate, normalization), person);
      }
    }
  }

  employee(id: string | null): PersonFacts | undefined {
    return id ? this.byEmployeeId.get(id) : undefined;
  }
  email(email: string): Candidates {
    return this.byEmail.get(exactEmail(email)) ?? [];
  }
  alternate(email: string): Candidates {
    return this.byAlternate.get(exactEmail(email)) ?? [];
  }
  normalized(email: string): Candidates {
    return this.byNormalized.get(normalizeEmail(email, this.normalization)) ?? [];
  }
  username(name: string): Candidates {
    return this.byLocalPart.get(localPart(name)) ?? [];
  }
  name(displayName: string): Candidates {
    const key = normalizeName(displayName);
    return key.includes(' ') ? (this.byName.get(key) ?? []) : [];
  }
}

function add(map: Map<string, Candidates>, key: string, person: PersonFacts): void {
  const list = map.get(key);
  if (!list) map.set(key, [person]);
  else if (!list.includes(person)) list.push(person);
}

interface Rule {
  method: LinkMethod;
  confidence: number;
  candidates(index: PersonIndex): Candidates;
  reason(person: PersonFacts): string;
  /** Several HR records with this key may be one rehired person's (the email rules). */
  sameMailbox?: boolean;
}

function dateText(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null;
}

/**
 * A rehire: of the records found, exactly one is not terminated and all the others are (their HR
 * status is known). Returns that current record, or null.
 */
export function currentEmployment(candidates: Candidates): PersonFacts | null {
  if (candidates.length < 2) return null;
  const current = candidates.filter((c) => c.status !== 'terminated');
  const [only] = current;
  if (current.length !== 1 || !only || !only.status) return null;
  return only;
}

function rehireNote(current: PersonFacts, candidates: Candidates): string {
  const ended = candidates
    .filter((c) => c !== current)
    .map((c) => dateText(c.endDate))
    .filter((d): d is string => d !== null)
    .sort();
  const latest = ended[ended.length - 1];
  const earlier = candidates.length - 1;
  const records = earlier === 1 ? 'an earlier record' : `${earlier} earlier records`;
  const ending = latest ? (earlier === 1 ? ` ended ${latest}` : `, the latest ended ${latest}`) : ' terminated';
  const id = current.employeeId ? ` (${current.employeeId})` : '';
  return `; it matches the current employment of ${current.displayName}${id} (rehired; ${records}${ending})`;
}

/** Applies rules in order: the first rule with candidates decides (one: link; several: ambiguous). */
function decide(fromId: string, rules: Rule[], index: PersonIndex, result: MatchResult): void {
  for (const rule of rules) {
    const candidates = rule.candidates(index);
    if (candidates.length === 0) continue;
    const [only] = candidates;
    const rehired = rule.sameMailbox ? currentEmployment(candidates) : null;
    if (candidates.length === 1 && only) {
      result.links.push({ fromId, personId: only.id, method: rule.method, confidence: rule.confidence, reason: rule.reason(only) });
    } else if (rehired) {
      result.links.push({
        fromId,
        personId: rehired.id,
        method: rule.method,
        confidence: rule.confidence,
        reason: `${rule.reason(rehired)}${rehireNote(rehired, candidates)}`,
      });
    } else {
      result.ambiguous.push({
        fromId,
        method: rule.method,
        candidatePersonIds: candidates.map((c) => c.id),
        reason: `Matches ${candidates.length} people by ${rule.method.replace(/_/g, ' ')} (${candidates.map((c) => c.displayName).join(', ')}); a person must decide`,
      });
    }
    return;
  }
}

function emailRules(email: string | null, subject: string): Rule[] {
  if (!email) return [];
  return [
    {
      method: 'exact_email',
      confidence: 0.95,
      sameMailbox: true,
      candidates: (i) => i.email(email),
      reason: (p) => `${subject} has the HR work email of ${p.displayName}`,
    },
    {
      method: 'hr_alternate_email',
      confidence: 0.9,
      sameMailbox: true,
      candidates: (i) => i.alternate(email),
      reason: (p) => `${email} matches the HR alternate email of ${p.displayName}`,
    },
    {
      method: 'normalized_email',
      confidence: 0.85,
      sameMailbox: true,
      candidates: (i) => i.normalized(email),
      reason: (p) => `${email} is the same mailbox as ${p.email} of ${p.displayName} (case, +tag, dots or alias domain)`,
    },
  ];
}

export function linkIdentities(people: PersonFacts[], identities: IdentityFacts[], normalization = NO_NORMALIZATION): MatchResult {
  const index = new PersonIndex(people, normalization);
  const result: MatchResult = { links: [], ambiguous: [] };
  for (const identity of identities) {
    const subject = `${identity.idp} identity ${identity.login}`;
    const byEmployee = index.employee(identity.employeeNumber);
    const rules: Rule[] = [
      ...(byEmployee
        ? [
            {
              method: 'employee_id' as const,
              confidence: 1,
              candidates: () => [byEmployee],
              reason: (p: PersonFacts) => `${subject} carries employee number ${identity.employeeNumber}, the HR id of ${p.displayName}`,
            },
          ]
        : []),
      ...emailRules(identity.email ?? identity.login, subject),
      ...(identity.email && identity.login !== identity.email ? emailRules(identity.login, subject) : []),
    ];
    decide(identity.id, rules, index, result);
  }
  return result;
}

export function linkAccounts(
  people: PersonFacts[],
  identityLinks: readonly IdentityOwner[],
  accounts: AccountFacts[],
  identityLogins: ReadonlyMap<string, string>,
  normalization = NO_NORMALIZATION,
): MatchResult {
  return accountMatcher(people, identityLinks, identityLogins, normalization)(accounts);
}

/** Who an identity belongs to, as far as its accounts are concerned: its rule or manual link. */
export type IdentityOwner = Pick<Link, 'fromId' | 'personId'>;

/**
 * linkAccounts for one batch of accounts at a time (reconciliation goes app by app), with the people
 * indexed once. A batch must hold every account of an app it holds any of: a weak link is held back
 * when the same person has another account in the same app.
 */
export function accountMatcher(
  people: PersonFacts[],
  identityLinks: readonly IdentityOwner[],
  identityLogins: ReadonlyMap<string, string>,
  normalization = NO_NORMALIZATION,
): (accounts: AccountFacts[]) => MatchResult {
  const index = new PersonIndex(people, normalization);
  const personById = new Map(people.map((person) => [person.id, person]));
  const ownerOfIdentity = new Map(identityLinks.map((link) => [link.fromId, link.personId]));
  return (accounts) => matchAccounts(accounts, index, personById, ownerOfIdentity, identityLogins);
}

function matchAccounts(
  accounts: AccountFacts[],
  index: PersonIndex,
  personById: ReadonlyMap<string, PersonFacts>,
  ownerOfIdentity: ReadonlyMap<string, string>,
  identityLogins: ReadonlyMap<string, string>,
): MatchResult {
  const result: MatchResult = { links: [], ambiguous: [] };
  for (const account of accounts) {
    // Sorted: the graph returns relationships in no set order, and the reason and candidate list must not change with it.
    const viaIdentity = [...account.identityIds]
      .sort()
      .map((identityId) => ({ identityId, person: personById.get(ownerOfIdentity.get(identityId) ?? '') }))
      .filter((candidate): candidate is { identityId: string; person: PersonFacts } => candidate.person !== undefined);
    const subject = account.email ?? account.username ?? account.id;
    const rules: Rule[] = [];
    if (viaIdentity.length) {
      const owners = [...new Map(viaIdentity.map((v) => [v.person.id, v.person])).values()];
      const first = viaIdentity[0]!;
      rules.push({
        method: 'idp_assignment',
        confidence: 1,
        candidates: () => owners,
        reason: (p) =>
          `Signs in with the IdP identity ${identityLogins.get(first.identityId) ?? first.identityId}, which belongs to ${p.displayName}`,
      });
    }
    rules.push(...emailRules(account.email, subject));
    const username = account.username;
    if (username) {
      rules.push({
        method: 'username',
        confidence: 0.7,
        candidates: (i) => i.username(username),
        reason: (p) => `User name ${username} matches the work email of ${p.displayName}`,
      });
    }
    const displayName = account.displayName;
    if (displayName) {
      rules.push({
        method: 'display_name',
        confidence: 0.5,
        candidates: (i) => i.name(displayName),
        reason: (p) => `Display name "${displayName}" is the HR name of ${p.displayName} (low confidence)`,
      });
    }
    decide(account.id, rules, index, result);
  }
  return holdWeakSecondAccounts(result, accounts);
}

/** Rules that match on a name alone: a GitHub login that happens to be someone's mailbox name is no proof. */
const WEAK_METHODS: ReadonlySet<LinkMethod> = new Set(['username', 'display_name']);

/**
 * A name match that would give a person a second account in the same app (two GitHub users on one
 * person) is not taken: the account waits for a person to decide, with that person as the candidate.
 */
function holdWeakSecondAccounts(result: MatchResult, accounts: AccountFacts[]): MatchResult {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const sharing = new Map<string, Link[]>();
  for (const link of result.links) {
    const appId = byId.get(link.fromId)?.appId;
    if (!appId) continue;
    const key = `${appId}\u0000${link.personId}`;
    const links = sharing.get(key);
    if (links) links.push(link);
    else sharing.set(key, [link]);
  }
  const held = new Map<Link, Link[]>();
  for (const links of sharing.values()) {
    if (links.length < 2) continue;
    for (const link of links)
      if (WEAK_METHODS.has(link.method))
        held.set(
          link,
          links.filter((other) => other !== link),
        );
  }
  if (held.size === 0) return result;
  const name = (id: string): string => {
    const account = byId.get(id);
    return account?.email ?? account?.username ?? id;
  };
  return {
    links: result.links.filter((link) => !held.has(link)),
    ambiguous: [
      ...result.ambiguous,
      ...[...held].map(([link, others]) => ({
        fromId: link.fromId,
        method: link.method,
        candidatePersonIds: [link.personId],
        reason: `${link.reason}, but the same person already has ${others.map((other) => name(other.fromId)).join(', ')} in this app; a name match alone does not make them one person's, so a person must decide`,
      })),
    ],
  };
}
