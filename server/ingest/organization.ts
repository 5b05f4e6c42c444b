import type { Graph } from '../graph/graph.js';

export interface OrganizationSettings {
  name: string;
  /** The organization's own email domains, primary first. */
  domains: string[];
  /** Alias domain -> primary domain (e.g. acme.io -> acme.com). */
  domainAliases: Record<string, string>;
}

const MERGE_ORGANIZATION = `
MERGE (o:Organization {id: 'org'})
SET o.name = $name, o.domains = $domains, o.aliasDomains = $aliasDomains`;

/** The organization's name and domains: what "external" means, and which domains are aliases of the primary one. */
export async function setOrganization(graph: Graph, settings: OrganizationSettings): Promise<void> {
  await graph.write(MERGE_ORGANIZATION, {
    name: settings.name,
    domains: settings.domains.map((d) => d.toLowerCase()),
    aliasDomains: Object.keys(settings.domainAliases).map((d) => d.toLowerCase()),
  }, 'organization');
}
