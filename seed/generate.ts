/**
 * generateOrg: the deterministic synthetic organization (Acme Corp) and the findings planted in it.
 * Same options -> byte-identical output. Stages run in a fixed order, each on its own random stream.
 */
import { loadCatalog, type Catalog } from '../server/catalog/catalog.js';
import { addBaselineAccounts } from './accounts.js';
import { assignAdmins, assignOwners, assignSeatCapacity, choosePlans, createApps } from './apps.js';
import { countsFor } from './counts.js';
import { buildGroups } from './groups.js';
import { buildIdentities } from './identities.js';
import { addCleanIntegrations } from './integrations.js';
import type { DemoOrg, Truth } from './org.types.js';
import { buildRoster } from './people.js';
import { plantDuplicates } from './plant/duplicates.js';
import { plantExternals } from './plant/externals.js';
import { finishHardCases, plantHardCases } from './plant/hard-cases.js';
import { plantInactive } from './plant/inactive.js';
import { plantIntegrationsLeftBehind } from './plant/integrations-left.js';
import { plantPendingInvites } from './plant/invites.js';
import { expectLeaverOrphans } from './plant/leavers.js';
import { plantUnknownOrphans } from './plant/orphans.js';
import { plantPrivilegedWithoutSso } from './plant/privileged.js';
import { plantRosterCases } from './plant/roster-cases.js';
import { plantSoleAdmins } from './plant/sole-admin.js';
import { expectSuspendedSeats } from './plant/suspended.js';
import { Rng } from './random.js';
import { selfCheck } from './self-check.js';
import { ALIAS_DOMAIN, PRIMARY_DOMAIN, type GenContext } from './state.js';
import { resolveNow } from './time.js';
import { toHardCases, toTruthFindings, TruthRecorder } from './truth.js';

export interface GenerateOptions {
  /** Headcount in HR (every status), 20 to 1,000,000. */
  people: number;
  seed: number;
  /** ISO date or date-time; default ATTEST_NOW, else today at 00:00:00Z. */
  now?: string;
  /** The app catalog; default loadCatalog(). */
  catalog?: Catalog;
}

export const MIN_PEOPLE = 20;
export const MAX_PEOPLE = 1_000_000;

function validate(options: GenerateOptions): void {
  if (!Number.isInteger(options.people) || options.people < MIN_PEOPLE || options.people > MAX_PEOPLE) {
    throw new RangeError(`people: expected an integer from ${MIN_PEOPLE} to ${MAX_PEOPLE}, got ${String(options.people)}`);
  }
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed: expected an integer, got ${String(options.seed)}`);
}

/** Accounts sign in through Okta when the app's plan has SSO and the account is not a planted exception. */
function resolveIdentityLogins(ctx: GenContext): void {
  for (const app of ctx.apps) {
    for (const account of app.accounts) {
      const identity = account.person?.identity ?? null;
      const signsIn = app.plan.ssoAvailable && account.sso && identity !== null && account.record.status !== 'invited';
      account.record.identityLogin = signsIn && identity ? identity.login : null;
    }
  }
}

export function generateOrg(options: GenerateOptions): { org: DemoOrg; truth: Truth } {
  validate(options);
  const now = resolveNow(options.now);
  const catalog = options.catalog ?? loadCatalog();
  const rng = new Rng(options.seed);
  const counts = countsFor(options.people);
  const ctx: GenContext = {
    seed: options.seed,
    people: options.people,
    rng,
    nowMs: Date.parse(now),
    nowIso: now,
    catalog,
    organization: { name: 'Acme Corp', domains: [PRIMARY_DOMAIN], domainAliases: { [ALIAS_DOMAIN]: PRIMARY_DOMAIN } },
    persons: [],
    usedLocalParts: new Set(),
    apps: [],
    integrations: [],
    entraIdentities: [],
    botUsers: [],
    rosterCases: { contractors: [], sameName: [], rehires: [] },
    nextAccountId: 0,
    nextIntegrationId: 0,
    truth: new TruthRecorder(),
  };

  ctx.persons = buildRoster(rng.fork('roster'), options.people, ctx.nowMs, counts, ctx.usedLocalParts).persons;
  plantRosterCases(ctx, rng.fork('plant:roster'));
  const identities = buildIdentities(rng.fork('identities'), ctx.nowMs, ctx.persons);
  createApps(ctx);
  addBaselineAccounts(ctx, rng.fork('baseline'));
  assignAdmins(ctx, rng.fork('admins'));
  choosePlans(ctx);
  assignOwners(ctx, rng.fork('owners'));

  plantSoleAdmins(ctx, rng.fork('plant:sole-admin'), counts);
  plantPrivilegedWithoutSso(ctx, rng.fork('plant:privileged'), counts);
  plantIntegrationsLeftBehind(ctx, rng.fork('plant:integrations'), counts);
  plantPendingInvites(ctx, rng.fork('plant:invites'), counts);
  plantDuplicates(ctx, rng.fork('plant:duplicates'), counts);
  plantInactive(ctx, rng.fork('plant:inactive'), counts);
  plantUnknownOrphans(ctx, rng.fork('plant:orphans'), counts);
  plantExternals(ctx, rng.fork('plant:externals'), counts);
  plantHardCases(ctx, rng.fork('plant:hard-cases'));
  addCleanIntegrations(ctx, rng.fork('integrations'), counts);

  resolveIdentityLogins(ctx);
  expectLeaverOrphans(ctx);
  expectSuspendedSeats(ctx);
  finishHardCases(ctx);
  assignSeatCapacity(ctx);

  const org: DemoOrg = {
    seed: options.seed,
    now,
    organization: ctx.organization,
    people: ctx.persons.map((p) => p.record).sort((a, b) => (a.id < b.id ? -1 : 1)),
    identities: [...identities, ...ctx.entraIdentities].sort((a, b) => (a.id < b.id ? -1 : 1)),
    groups: buildGroups(ctx),
    apps: ctx.apps.map((app) => app.record),
    accounts: ctx.apps.flatMap((app) => app.accounts.map((a) => a.record)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    integrations: ctx.integrations,
    botUsers: ctx.botUsers,
  };
  const expected = ctx.truth.all();
  const hardCases = toHardCases(ctx.truth.hardCases, org.identities);
  selfCheck(org, catalog, expected, hardCases);
  return { org, truth: { seed: options.seed, people: options.people, now, findings: toTruthFindings(expected), hardCases } };
}
