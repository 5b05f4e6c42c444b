/**
 * The hard cases of reconciliation (the "Correctness" list), planted on top of the ordinary
 * findings and listed in truth.json's hardCases with what Attest must conclude:
 * - case_variant_email, plus_addressing, alias_domain: an account under a variant of its owner's
 *   work email (Jane.Doe@ACME.COM, jane.doe+figma@acme.com, jane.doe@acme.io), not behind the IdP,
 *   so only the email rules can find the owner: linked, no finding;
 * - same_name: one account matching two people with the same name by display name only
 *   (alexk.design@gmail.com, "Alex Kim"): never guessed, flagged for review with both, unowned, so
 *   orphaned_account (and external_account: gmail.com). Each namesake's own accounts link by email;
 * - service_account / shared_account: a GitHub bot, a Salesforce integration user, a shared Zoom
 *   support@ mailbox: nobody owns them, so orphaned_account; slack_bot: a Slack is_bot user, which
 *   the Slack importer leaves out (bots are apps, not seats): no account, no finding;
 * - atlassian_never_accessed: an Atlassian invite (exported as Active + "Never accessed"): pending_invite;
 * - okta_staged: a new hire whose Okta user is STAGED, with an account provisioned before day one
 *   that signs in with it: no finding;
 * - entra_pending_guest: an Entra guest invited to the tenant (PendingAcceptance) with an app account
 *   under a partner address: external_account and orphaned_account (nobody in HR owns it);
 * - rehired_person: the current record's accounts (one kept off the IdP, so only its email can match)
 *   link to the current record, not the earlier terminated one: no finding;
 * - contractor_personal_email: every account of the contractor links to them and is external_account.
 * Suspended Okta users (suspended_okta_user) and apps whose only admin left (sole_admin_left) are
 * planted by leavers.ts and sole-admin.ts and listed here at the end.
 */
import { addAccount, changeEmail, isLive, seatRoom } from '../accounts.js';
import { defaultSeat, freshInviteDays, guestRole, guestSeat, standardRole } from '../catalog-rules.js';
import { EXTERNAL_FIRST_NAMES, EXTERNAL_LAST_NAMES, PARTNER_DOMAINS, emailWord } from '../names.js';
import type { IdentityRecord } from '../org.types.js';
import type { Rng } from '../random.js';
import { ALIAS_DOMAIN, PRIMARY_DOMAIN, type AppState, type GenContext, type PersonState } from '../state.js';
import { DAY_MS, HOUR_MS, between, daysAgo, iso } from '../time.js';
import { claim, freePeople, isAdminAccount, isPlainActive } from './helpers.js';

/** Apps whose accounts the demo exports as a plain accounts CSV (not Slack, GitHub or Atlassian). */
function accountsCsvApp(app: AppState): boolean {
  return !['slack', 'github', 'atlassian-jira', 'atlassian-confluence'].includes(app.entry.key);
}

function firstApp(ctx: GenContext, key: string): AppState | undefined {
  return ctx.apps.find((app) => app.entry.key === key && seatRoom(app) >= 1);
}

/** Instances of each account-level case: one, two from 1,000 people. */
function perCase(ctx: GenContext): number {
  return ctx.people >= 1000 ? 2 : 1;
}

function recentTimes(ctx: GenContext, rng: Rng): { createdMs: number; lastActiveMs: number } {
  return { createdMs: daysAgo(rng, ctx.nowMs, 60, 400), lastActiveMs: between(rng, ctx.nowMs - 5 * DAY_MS, ctx.nowMs - HOUR_MS) };
}

function capitalized(local: string): string {
  return local
    .split('.')
    .map((part) => part.slice(0, 1).toUpperCase() + part.slice(1))
    .join('.');
}

type Variant = 'case_variant_email' | 'plus_addressing' | 'alias_domain';

/** The variant address of a person's work email for an account in `app` (stored lower case, exported as written). */
function variantOf(variant: Variant, person: PersonState, app: AppState): { email: string; exportEmail?: string } {
  const [local = '', domain = PRIMARY_DOMAIN] = person.record.email.split('@');
  switch (variant) {
    case 'case_variant_email':
      return { email: person.record.email, exportEmail: `${capitalized(local)}@${domain.toUpperCase()}` };
    case 'plus_addressing':
      return { email: `${local}+${app.spec.slug.replace(/[^a-z0-9]/g, '')}@${domain}` };
    case 'alias_domain':
      return { email: `${local}@${ALIAS_DOMAIN}` };
  }
}

const VARIANT_EXPECT: Record<Variant, string> = {
  case_variant_email: 'The export writes the email in another case; it is the work email: linked to the person by exact email, no finding',
  plus_addressing: 'A +tag address delivers to the work mailbox: linked to the person by normalized email, no finding',
  alias_domain: 'acme.io is an alias of acme.com: linked to the person by normalized email, no finding (and not external)',
};

function plantEmailVariants(ctx: GenContext, rng: Rng): void {
  for (const variant of ['case_variant_email', 'plus_addressing', 'alias_domain'] as const) {
    let planted = 0;
    // Individual contributors only: managers and heads stay plain (app owners, the org chart).
    for (const person of rng.shuffle(freePeople(ctx, 30).filter((p) => !p.isManager && !p.isHead))) {
      if (planted >= perCase(ctx)) break;
      const accounts = person.accounts.filter((a) => isPlainActive(a) && accountsCsvApp(a.app));
      const account = accounts.length ? rng.pick(accounts) : undefined;
      if (!account) continue;
      const { email, exportEmail } = variantOf(variant, person, account.app);
      if (email !== account.record.email && account.app.emails.has(email)) continue;
      claim(person, variant);
      account.sso = false;
      account.plantedAs = variant;
      changeEmail(account, email, exportEmail);
      ctx.truth.hardCase({
        case: variant,
        app: account.app,
        account,
        person,
        method: variant === 'case_variant_email' ? 'exact_email' : 'normalized_email',
        findings: [],
        expect: VARIANT_EXPECT[variant],
      });
      planted += 1;
    }
  }
}

/** Everyone in HR with this display name (any status): the candidates a display-name match finds. */
function namesakes(ctx: GenContext, displayName: string): PersonState[] {
  const key = displayName.toLowerCase();
  return ctx.persons.filter((p) => p.record.displayName.toLowerCase() === key);
}

function plantSameNameAccounts(ctx: GenContext, rng: Rng): void {
  for (const group of ctx.rosterCases.sameName) {
    const [first] = group;
    if (!first) continue;
    for (const person of group) {
      const own = person.accounts.find((a) => isLive(a) && a.record.status === 'active');
      if (!own) continue;
      ctx.truth.hardCase({
        case: 'same_name',
        app: own.app,
        account: own,
        person,
        method: { auto: 'exact_email' },
        findings: [],
        expect: `${person.record.displayName} shares a name with someone else in HR; this account links by its email to the right one, no finding`,
      });
    }
    const apps = rng.shuffle(ctx.apps.filter((app) => accountsCsvApp(app) && seatRoom(app) >= 1 && app.plantedAs === null));
    const email = `${emailWord(first.record.firstName)}${emailWord(first.record.lastName).slice(0, 1)}.design@gmail.com`;
    const app = apps.find((a) => !a.emails.has(email));
    if (!app) continue;
    const account = addAccount(ctx, app, {
      person: null,
      email,
      displayName: first.record.displayName,
      status: 'active',
      ...recentTimes(ctx, rng),
      roleNames: [standardRole(app.entry).name],
      seatType: defaultSeat(app.entry).name,
      sso: false,
      plantedAs: 'same_name',
    });
    ctx.truth.expectAccount('orphaned_account', account, 'same_name');
    ctx.truth.expectAccount('external_account', account, 'same_name');
    const candidates = namesakes(ctx, first.record.displayName);
    ctx.truth.hardCase({
      case: 'same_name',
      app,
      account,
      person: null,
      method: null,
      reviewCandidates: candidates,
      findings: ['external_account', 'orphaned_account'],
      expect: `Matches ${candidates.length} people named ${first.record.displayName} by display name only: never guessed; flagged for review with every candidate, and unowned meanwhile (orphaned_account; external_account: gmail.com)`,
    });
  }
}

interface NonHuman {
  case: 'service_account' | 'shared_account';
  appKey: string;
  local: string;
  displayName: string;
  kind: 'service' | 'shared';
  expect: string;
}

const NON_HUMANS: NonHuman[] = [
  {
    case: 'service_account',
    appKey: 'github',
    local: 'deploy-bot',
    displayName: 'Deploy Bot',
    kind: 'service',
    expect: 'A GitHub bot (type Bot): a service account nobody owns until someone is made its owner: orphaned_account',
  },
  {
    case: 'service_account',
    appKey: 'salesforce',
    local: 'integration',
    displayName: 'Integration User',
    kind: 'service',
    expect: 'A Salesforce integration user (Account kind: service) with no owner: orphaned_account',
  },
  {
    case: 'shared_account',
    appKey: 'zoom',
    local: 'support',
    displayName: 'Acme Support',
    kind: 'shared',
    expect: 'A shared support mailbox with a Zoom seat: nobody is accountable for it yet: orphaned_account',
  },
];

function plantNonHumans(ctx: GenContext, rng: Rng): void {
  for (const spec of NON_HUMANS) {
    const app = firstApp(ctx, spec.appKey);
    if (!app || ctx.usedLocalParts.has(spec.local)) continue;
    ctx.usedLocalParts.add(spec.local);
    const account = addAccount(ctx, app, {
      person: null,
      email: `${spec.local}@${PRIMARY_DOMAIN}`,
      displayName: spec.displayName,
      status: 'active',
      ...recentTimes(ctx, rng),
      roleNames: [standardRole(app.entry).name],
      seatType: defaultSeat(app.entry).name,
      sso: false,
      plantedAs: spec.case,
      kind: spec.kind,
    });
    ctx.truth.expectAccount('orphaned_account', account, spec.case);
    ctx.truth.hardCase({ case: spec.case, app, account, person: null, method: null, findings: ['orphaned_account'], expect: spec.expect });
  }
  const slack = ctx.apps.find((app) => app.entry.key === 'slack');
  if (slack) {
    const bot = { id: 'bot-0001', appId: slack.record.id, name: 'jira-cloud', displayName: 'Jira Cloud' };
    ctx.botUsers.push(bot);
    ctx.truth.hardCase({
      case: 'slack_bot',
      app: slack,
      account: null,
      person: null,
      method: null,
      findings: [],
      botName: bot.displayName,
      expect: 'A Slack bot user (is_bot) is an app, not a person or a seat: the importer leaves it out, so no account and no finding',
    });
  }
}

function plantAtlassianInvite(ctx: GenContext, rng: Rng): void {
  const app = ctx.apps.find((a) => a.entry.key.startsWith('atlassian') && a.entry.invitesConsumeSeat && seatRoom(a) >= 1);
  if (!app) return;
  const [min, max] = freshInviteDays(app.entry);
  const person = rng.shuffle(freePeople(ctx, max + 10)).find((p) => !app.emails.has(p.record.email));
  if (!person) return;
  claim(person, 'atlassian_never_accessed');
  const invitedMs = daysAgo(rng, ctx.nowMs, min, max);
  const account = addAccount(ctx, app, {
    person,
    email: person.record.email,
    displayName: person.record.displayName,
    status: 'invited',
    createdMs: invitedMs,
    lastActiveMs: null,
    invitedMs,
    roleNames: [standardRole(app.entry).name],
    seatType: defaultSeat(app.entry).name,
    sso: false,
    plantedAs: 'atlassian_never_accessed',
  });
  ctx.truth.expectAccount('pending_invite', account, 'atlassian_never_accessed');
  ctx.truth.hardCase({
    case: 'atlassian_never_accessed',
    app,
    account,
    person,
    method: 'exact_email',
    findings: ['pending_invite'],
    accountStatus: true,
    expect:
      'The Atlassian export shows an unaccepted invite as User status Active with "Never accessed": imported as invited, and Atlassian bills at invite: pending_invite',
  });
}

function plantStagedHires(ctx: GenContext, rng: Rng): void {
  const hires = rng.shuffle(ctx.persons.filter((p) => p.category === 'future' && p.plantedAs === null && p.identity?.status === 'staged'));
  // An app on an SSO plan whose export does not read a never-used account as an invite (not Atlassian).
  const apps = ['google-workspace', 'slack', 'zoom', 'notion']
    .flatMap((key) => ctx.apps.filter((app) => app.entry.key === key))
    .filter((app) => app.plan.ssoAvailable && !app.spec.neverActiveReadsAsInvite);
  let planted = 0;
  for (const person of hires) {
    if (planted >= perCase(ctx)) break;
    const app = apps.find((a) => seatRoom(a) >= 1 && !a.emails.has(person.record.email));
    const identity = person.identity;
    if (!app || !identity) continue;
    claim(person, 'okta_staged');
    const account = addAccount(ctx, app, {
      person,
      email: person.record.email,
      displayName: person.record.displayName,
      status: 'active',
      createdMs: between(rng, Date.parse(identity.createdAt) + HOUR_MS, ctx.nowMs - HOUR_MS),
      lastActiveMs: null,
      roleNames: [standardRole(app.entry).name],
      seatType: defaultSeat(app.entry).name,
      sso: true,
      plantedAs: 'okta_staged',
    });
    ctx.truth.hardCase({
      case: 'okta_staged',
      app,
      account,
      person,
      method: 'idp_assignment',
      identity: 'signs-in-with',
      findings: [],
      expect: `${person.record.displayName} starts on ${person.record.startDate}; the Okta user is STAGED (never signed in) and the ${app.record.name} account provisioned ahead signs in with it: no orphaned finding`,
    });
    planted += 1;
  }
}

function addEntraMembers(ctx: GenContext, rng: Rng): void {
  const members = rng.sample(
    ctx.persons.filter((p) => p.category === 'clean' && p.department === 'IT' && p.identity !== null),
    3,
  );
  for (const person of members) {
    const createdMs = between(rng, person.startMs - 10 * DAY_MS, person.startMs - DAY_MS);
    ctx.entraIdentities.push({
      id: `entra-${person.record.employeeId}`,
      idp: 'entra',
      login: person.record.email,
      email: person.record.email,
      userType: 'Member',
      displayName: person.record.displayName,
      employeeNumber: person.record.employeeId,
      status: 'active',
      lastLoginAt: iso(between(rng, Math.max(createdMs + HOUR_MS, ctx.nowMs - 3 * DAY_MS), ctx.nowMs - HOUR_MS)),
      createdAt: iso(createdMs),
      isAdmin: false,
    });
  }
}

function plantEntraGuests(ctx: GenContext, rng: Rng): void {
  const apps = rng.shuffle(ctx.apps.filter((app) => accountsCsvApp(app) && guestRole(app.entry) !== null && app.plantedAs === null));
  let planted = 0;
  for (let attempt = 0; planted < perCase(ctx) && attempt < 50 && apps.length > 0; attempt += 1) {
    const app = apps[planted % apps.length];
    const first = rng.pick(EXTERNAL_FIRST_NAMES);
    const last = rng.pick(EXTERNAL_LAST_NAMES);
    const domain = rng.pick(PARTNER_DOMAINS);
    const local = `${emailWord(first)}.${emailWord(last)}`;
    const email = `${local}@${domain}`;
    if (!app || seatRoom(app) < 1 || app.emails.has(email) || ctx.entraIdentities.some((i) => i.email === email)) continue;
    const invitedMs = daysAgo(rng, ctx.nowMs, 3, 40);
    const identity: IdentityRecord = {
      id: `entra-guest-${String(planted + 1).padStart(3, '0')}`,
      idp: 'entra',
      login: `${local}_${domain}#ext#@acmecorp.onmicrosoft.com`,
      email,
      userType: 'Guest',
      displayName: `${first} ${last}`,
      employeeNumber: null,
      status: 'staged',
      lastLoginAt: null,
      createdAt: iso(invitedMs),
      isAdmin: false,
    };
    ctx.entraIdentities.push(identity);
    const role = guestRole(app.entry) ?? standardRole(app.entry);
    const account = addAccount(ctx, app, {
      person: null,
      email,
      displayName: `${first} ${last}`,
      status: 'active',
      ...recentTimes(ctx, rng),
      roleNames: [role.name],
      seatType: guestSeat(app.entry, guestRole(app.entry)).name,
      sso: false,
      plantedAs: 'entra_pending_guest',
    });
    ctx.truth.expectAccount('external_account', account, 'entra_pending_guest');
    ctx.truth.expectAccount('orphaned_account', account, 'entra_pending_guest');
    ctx.truth.hardCase({
      case: 'entra_pending_guest',
      app,
      account,
      person: null,
      method: null,
      identity,
      findings: ['external_account', 'orphaned_account'],
      expect: `An Entra guest invited to the tenant who has not accepted (PendingAcceptance, imported as staged) uses ${app.record.name} under a partner address: external_account, and orphaned_account since nobody in HR owns it`,
    });
    planted += 1;
  }
}

/** Keeps one of each rehired person's accounts off the IdP, so only its email can name the owner. */
function plantRehireAccounts(ctx: GenContext, rng: Rng): void {
  for (const { current } of ctx.rosterCases.rehires) {
    const plain = current.accounts.filter((a) => isLive(a) && a.record.status === 'active' && !isAdminAccount(a));
    const offIdp = plain.find((a) => !a.app.plan.ssoAvailable) ?? (plain.length ? rng.pick(plain) : undefined);
    if (offIdp) offIdp.sso = false;
  }
}

export function plantHardCases(ctx: GenContext, rng: Rng): void {
  plantEmailVariants(ctx, rng.fork('variants'));
  plantSameNameAccounts(ctx, rng.fork('same-name'));
  plantNonHumans(ctx, rng.fork('non-human'));
  plantAtlassianInvite(ctx, rng.fork('atlassian'));
  plantStagedHires(ctx, rng.fork('staged'));
  addEntraMembers(ctx, rng.fork('entra-members'));
  plantEntraGuests(ctx, rng.fork('entra-guests'));
  plantRehireAccounts(ctx, rng.fork('rehire'));
}

/**
 * After identity logins are resolved and every other finding is recorded: the contractor's
 * accounts (external_account each), the rehired person's accounts, and the suspended Okta users'
 * accounts (orphaned_account, recorded by leavers.ts).
 */
export function finishHardCases(ctx: GenContext): void {
  for (const person of ctx.rosterCases.contractors) {
    for (const account of person.accounts) {
      if (!isLive(account) || (account.record.status !== 'active' && account.record.status !== 'invited')) continue;
      ctx.truth.expectAccount('external_account', account, 'contractor_personal_email');
      ctx.truth.hardCase({
        case: 'contractor_personal_email',
        app: account.app,
        account,
        person,
        method: { auto: 'exact_email' },
        findings: ['external_account'],
        expect: `HR lists contractor ${person.record.displayName} under a personal gmail.com address: the account links to them (not orphaned) and is external_account; gmail.com does not become an org domain`,
      });
    }
  }
  for (const { current, former } of ctx.rosterCases.rehires) {
    const live = current.accounts.filter((a) => isLive(a) && a.record.status === 'active');
    const shown = [
      ...live.filter((a) => a.record.identityLogin === null).slice(0, 1),
      ...live.filter((a) => a.record.identityLogin !== null).slice(0, 1),
    ];
    for (const account of shown) {
      ctx.truth.hardCase({
        case: 'rehired_person',
        app: account.app,
        account,
        person: current,
        method: { auto: 'exact_email' },
        identity: account.record.identityLogin === null ? undefined : 'signs-in-with',
        findings: [],
        expect: `HR has two records for ${current.record.email}: ${former.record.employeeId} (terminated ${former.record.endDate ?? ''}) and ${current.record.employeeId} (rehired ${current.record.startDate}, active): the account links to the current record, no orphaned finding`,
      });
    }
  }
  for (const person of ctx.persons) {
    if (person.category !== 'suspended') continue;
    for (const account of person.accounts) {
      if (!isLive(account) || account.record.status !== 'active' || account.record.identityLogin === null) continue;
      ctx.truth.hardCase({
        case: 'suspended_okta_user',
        app: account.app,
        account,
        person,
        method: 'idp_assignment',
        identity: 'signs-in-with',
        findings: ['orphaned_account'],
        expect: `${person.record.displayName} is active in HR but their Okta user is SUSPENDED; the live ${account.app.record.name} account that signs in with it is orphaned_account`,
      });
    }
  }
}
