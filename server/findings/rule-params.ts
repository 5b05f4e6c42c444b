import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';

export interface RuleDefaults {
  /** Days without activity after which an account is inactive, unless the app's catalog entry says otherwise. */
  inactivityDays: number;
  /** Days after being added that a never-active account becomes inactive. */
  neverActiveDays: number;
}

export const DEFAULTS: RuleDefaults = { inactivityDays: 90, neverActiveDays: 30 };

/** The catalog facts the rules read, keyed by catalog key, as a Cypher parameter map. */
export function catalogParams(catalog: Catalog): Record<string, Record<string, unknown>> {
  const params: Record<string, Record<string, unknown>> = {};
  for (const entry of catalog.entries) {
    const defaultSeat = entry.seatTypes.find((seat) => seat.isDefault);
    params[entry.key] = {
      invitesConsumeSeat: entry.invitesConsumeSeat,
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

/**
 * The organization's own domains: configured on the Organization node (domains and aliases), or
 * ATTEST_ORG_DOMAINS, or else every domain of an HR work email.
 */
export async function orgDomains(graph: Graph): Promise<string[]> {
  const fromEnv = process.env.ATTEST_ORG_DOMAINS?.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  const rows = await graph.read(`
    OPTIONAL MATCH (o:Organization {id: 'org'})
    RETURN coalesce(o.domains, []) + coalesce(o.aliasDomains, []) AS configured,
           COLLECT { MATCH (p:Person) WHERE p.email CONTAINS '@' RETURN DISTINCT toLower(split(p.email, '@')[1]) } AS fromHr`);
  const configured = (rows[0]?.configured as string[] | undefined) ?? [];
  return configured.length ? configured.map((d) => d.toLowerCase()) : ((rows[0]?.fromHr as string[] | undefined) ?? []);
}
