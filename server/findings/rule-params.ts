import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';
import { decodeRow } from '../graph/decode.js';
import { ORG_DOMAINS } from './rule-params.queries.js';

export interface RuleDefaults {
  /** Days without activity after which an account is inactive, unless the app's catalog entry says otherwise. */
  inactivityDays: number;
  /** Days after being added that a never-active account becomes inactive. */
  neverActiveDays: number;
}

export const DEFAULTS: RuleDefaults = { inactivityDays: 90, neverActiveDays: 30 };

/** Effective admins an app needs when neither the app's settings nor its catalog entry say (an app outside the catalog). */
export const DEFAULT_MINIMUM_ADMINS = 2;

/** The catalog facts the rules read, keyed by catalog key, as a Cypher parameter map. */
export function catalogParams(catalog: Catalog): Record<string, Record<string, unknown>> {
  const params: Record<string, Record<string, unknown>> = {};
  for (const entry of catalog.entries) {
    const defaultSeat = entry.seatTypes.find((seat) => seat.isDefault);
    params[entry.key] = {
      invitesConsumeSeat: entry.invitesConsumeSeat,
      suspendedHoldsSeat: entry.suspendedHoldsSeat,
      inviteExpiryDays: entry.inviteExpiryDays,
      minimumAdmins: entry.minimumAdmins,
      inactivityDays: entry.inactivityDays ?? null,
      activityData: entry.activityData,
      ssoPlans: entry.plans.filter((plan) => plan.ssoAvailable).map((plan) => plan.name),
      defaultSeatCost: defaultSeat?.monthlyCost ?? 0,
      billingModel: entry.billingModel,
    };
  }
  return params;
}

/** Share of HR people a domain needs before the fallback takes it for one of the organization's. */
export const HR_DOMAIN_MIN_SHARE = 0.1;

/**
 * The organization's domains read from HR when none are configured: the domains of at least 10% of
 * the people's work emails, or the most common one when none reaches that. A contractor whose HR
 * work email is a personal gmail.com address does not make gmail.com an org domain.
 */
export function domainsFromHr(counts: readonly { domain: string; people: number }[]): string[] {
  const total = counts.reduce((sum, c) => sum + c.people, 0);
  if (total === 0) return [];
  const ranked = [...counts].sort((a, b) => b.people - a.people || (a.domain < b.domain ? -1 : 1));
  const common = ranked.filter((c) => c.people >= total * HR_DOMAIN_MIN_SHARE).map((c) => c.domain.toLowerCase());
  const top = ranked[0];
  return common.length ? common : top ? [top.domain.toLowerCase()] : [];
}

const ORG_DOMAINS_ROW = z.object({
  configured: z.array(z.string()),
  fromHr: z.array(z.object({ domain: z.string(), people: z.number() })),
});

/**
 * The organization's own domains: configured on the Organization node (domains and aliases), or
 * ATTEST_ORG_DOMAINS, or else the domains most HR work emails use (domainsFromHr).
 */
export async function orgDomains(graph: Graph): Promise<string[]> {
  const fromEnv = process.env.ATTEST_ORG_DOMAINS?.split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  const [row] = await graph.read(ORG_DOMAINS, {}, 'org-domains');
  const { configured, fromHr } = decodeRow(ORG_DOMAINS_ROW, row, 'org domains');
  if (configured.length) return configured.map((d) => d.toLowerCase());
  return domainsFromHr(fromHr);
}
