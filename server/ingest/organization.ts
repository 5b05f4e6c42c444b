import type { Graph } from '../graph/graph.js';
import { MERGE_ORGANIZATION } from './organization.queries.js';

export interface OrganizationSettings {
  name: string;
  /** The organization's own email domains, primary first. */
  domains: string[];
  /** Alias domain -> primary domain (e.g. acme.io -> acme.com). */
  domainAliases: Record<string, string>;
}

/** The organization's name and domains: what "external" means, and which domains are aliases of the primary one. */
export async function setOrganization(graph: Graph, settings: OrganizationSettings): Promise<void> {
  await graph.write(
    MERGE_ORGANIZATION,
    {
      name: settings.name,
      domains: settings.domains.map((d) => d.toLowerCase()),
      aliasDomains: Object.keys(settings.domainAliases).map((d) => d.toLowerCase()),
    },
    'organization',
  );
}
