/**
 * Which app instances Acme runs and who uses them. Affinity is the chance that a person of a
 * department has an account; `others` applies to departments not listed. Larger organizations run
 * more instances of the same catalog apps (regional Atlassian sites, a second Slack workspace...).
 * Plans, roles and seats all come from the catalog; this file only says who uses what.
 * Atlassian sites are named as the Atlassian importer names them: "<Product> (<site>)".
 */
import type { Department } from './departments.js';

/**
 * default: the catalog's default plan when it fits the seats, else the next larger fitting plan.
 * sso: the first fitting plan (from the default on) that has SSO available.
 */
export type PlanPolicy = 'default' | 'sso';

export interface AppSpec {
  name: string;
  catalogKey: string;
  /** Used in ids: app-<slug>. */
  slug: string;
  /** The instance exists from this headcount up. */
  minPeople: number;
  affinity: Partial<Record<Department, number>>;
  others: number;
  planPolicy: PlanPolicy;
  /** Scale of the affinity for secondary instances (a regional site is used by a share of people). */
  share: number;
  /** Departments whose members are the app's power users (preferred admins; premium seats when `premiumSeats`). */
  core: readonly Department[];
  /** Power users get the catalog's dearer seat type (Jestor Builder, Figma Full). */
  premiumSeats: boolean;
  /**
   * The vendor's export shows an active account that never signed in as an unaccepted invite
   * (Atlassian: status Active + "Never accessed", see its catalog caveat), so a never-active
   * active account would read as a pending invite there; never-active cases are planted elsewhere.
   */
  neverActiveReadsAsInvite: boolean;
  /**
   * The vendor's user export carries last-activity dates. Slack's users.list has none, so its
   * accounts import as "activity unknown" and no inactive user is planted there.
   */
  activityExported: boolean;
  /**
   * Every admin of the app holds this catalog role instead of the owner-then-admin default. The
   * Atlassian export gives org-level roles (Organization / Site admin) to every product a user can
   * reach, so a per-product admin is only expressible as the product's own "App admin".
   */
  adminRole: string | null;
}

const ENG: Department[] = ['Engineering', 'Product', 'Design', 'IT'];

type Defaults =
  'share' | 'minPeople' | 'others' | 'planPolicy' | 'premiumSeats' | 'neverActiveReadsAsInvite' | 'activityExported' | 'adminRole';

function spec(partial: Omit<AppSpec, Defaults> & Partial<AppSpec>): AppSpec {
  return {
    share: 1,
    minPeople: 0,
    others: 0,
    planPolicy: 'sso',
    premiumSeats: false,
    neverActiveReadsAsInvite: partial.catalogKey.startsWith('atlassian'),
    activityExported: partial.catalogKey !== 'slack',
    adminRole: partial.catalogKey.startsWith('atlassian') ? 'App admin' : null,
    ...partial,
  };
}

export const APP_SPECS: readonly AppSpec[] = [
  spec({ name: 'Slack', catalogKey: 'slack', slug: 'slack', affinity: {}, others: 1, core: ['IT'] }),
  spec({ name: 'Google Workspace', catalogKey: 'google-workspace', slug: 'google-workspace', affinity: {}, others: 1, core: ['IT'] }),
  spec({ name: 'Zoom', catalogKey: 'zoom', slug: 'zoom', affinity: {}, others: 1, core: ['IT'] }),
  spec({ name: '1Password', catalogKey: '1password', slug: '1password', affinity: {}, others: 1, core: ['IT'] }),
  spec({
    name: 'Jira (acme)',
    catalogKey: 'atlassian-jira',
    slug: 'jira',
    affinity: { Engineering: 1, Product: 1, Design: 1, IT: 1 },
    others: 0.6,
    core: ENG,
  }),
  spec({
    name: 'Confluence (acme)',
    catalogKey: 'atlassian-confluence',
    slug: 'confluence',
    affinity: { Engineering: 1, Product: 1 },
    others: 0.95,
    core: ['Engineering', 'Product'],
  }),
  spec({
    name: 'GitHub',
    catalogKey: 'github',
    slug: 'github',
    planPolicy: 'default',
    affinity: { Engineering: 1, IT: 0.8, Product: 0.6, Design: 0.4 },
    core: ['Engineering'],
  }),
  spec({
    name: 'JetStack AI',
    catalogKey: 'jetstack-ai',
    slug: 'jetstack-ai',
    affinity: { Engineering: 0.6, Marketing: 0.8, Product: 0.5, Design: 0.3 },
    core: ['Marketing', 'Engineering'],
  }),
  spec({
    name: 'Figma',
    catalogKey: 'figma',
    slug: 'figma',
    affinity: { Design: 1, Product: 1, Marketing: 0.8, Engineering: 0.6 },
    others: 0.3,
    core: ['Design'],
    premiumSeats: true,
  }),
  spec({
    name: 'Jasper',
    catalogKey: 'jasper',
    slug: 'jasper',
    planPolicy: 'default',
    affinity: { Marketing: 1, Sales: 0.1, 'Customer Success': 0.1 },
    core: ['Marketing'],
  }),
  spec({ name: 'Notion', catalogKey: 'notion', slug: 'notion', affinity: {}, others: 0.8, core: ['Product', 'Operations'] }),
  spec({
    name: 'Salesforce',
    catalogKey: 'salesforce',
    slug: 'salesforce',
    affinity: { Sales: 1, 'Customer Success': 1, Marketing: 0.5, Finance: 0.5, Operations: 0.2 },
    core: ['Sales'],
  }),
  spec({
    name: 'Jestor',
    catalogKey: 'jestor',
    slug: 'jestor',
    affinity: { Operations: 1, Finance: 0.8, People: 0.4, 'Customer Success': 0.3, Sales: 0.1 },
    core: ['Operations'],
    premiumSeats: true,
  }),
  // Secondary instances of larger organizations.
  spec({
    name: 'Jira (acme-eu)',
    catalogKey: 'atlassian-jira',
    slug: 'jira-eu',
    minPeople: 1000,
    share: 0.5,
    affinity: { Engineering: 1, Product: 1, Design: 1, IT: 1 },
    others: 0.5,
    core: ENG,
  }),
  spec({
    name: 'Confluence (acme-eu)',
    catalogKey: 'atlassian-confluence',
    slug: 'confluence-eu',
    minPeople: 1000,
    share: 0.5,
    affinity: { Engineering: 1, Product: 1 },
    others: 0.95,
    core: ['Engineering', 'Product'],
  }),
  spec({
    name: 'Slack (Acme Labs)',
    catalogKey: 'slack',
    slug: 'slack-labs',
    minPeople: 2000,
    affinity: { Engineering: 0.9, Product: 0.9, Design: 0.9, IT: 0.9 },
    others: 0.3,
    core: ['IT'],
  }),
  spec({
    name: 'GitHub (acme-labs)',
    catalogKey: 'github',
    slug: 'github-labs',
    minPeople: 2000,
    affinity: { Engineering: 0.7, IT: 0.4 },
    core: ['Engineering'],
  }),
  spec({
    name: 'Notion (GTM)',
    catalogKey: 'notion',
    slug: 'notion-gtm',
    minPeople: 2000,
    affinity: { Sales: 0.9, 'Customer Success': 0.9, Marketing: 0.9 },
    core: ['Marketing'],
  }),
  spec({
    name: 'Jira (acme-apac)',
    catalogKey: 'atlassian-jira',
    slug: 'jira-apac',
    minPeople: 5000,
    share: 0.35,
    affinity: { Engineering: 1, Product: 1, Design: 1, IT: 1 },
    others: 0.5,
    core: ENG,
  }),
  spec({
    name: 'Confluence (acme-apac)',
    catalogKey: 'atlassian-confluence',
    slug: 'confluence-apac',
    minPeople: 5000,
    share: 0.35,
    affinity: { Engineering: 1, Product: 1 },
    others: 0.95,
    core: ['Engineering', 'Product'],
  }),
  spec({
    name: 'Slack (Support)',
    catalogKey: 'slack',
    slug: 'slack-support',
    minPeople: 5000,
    affinity: { 'Customer Success': 0.95, Sales: 0.9, IT: 0.9, Engineering: 0.3 },
    others: 0.3,
    core: ['Customer Success'],
  }),
  spec({
    name: 'Zoom (Webinars)',
    catalogKey: 'zoom',
    slug: 'zoom-webinars',
    minPeople: 2000,
    affinity: { Marketing: 0.9, Sales: 0.7, 'Customer Success': 0.5, People: 0.5 },
    others: 0.2,
    core: ['Marketing'],
  }),
  spec({
    name: 'Notion (Engineering)',
    catalogKey: 'notion',
    slug: 'notion-eng',
    minPeople: 5000,
    affinity: { Engineering: 0.85, Product: 0.85, Design: 0.85 },
    core: ['Engineering'],
  }),
  spec({
    name: '1Password (Acme Labs)',
    catalogKey: '1password',
    slug: '1password-labs',
    minPeople: 5000,
    affinity: { Engineering: 0.9, IT: 0.9, Product: 0.5 },
    core: ['IT'],
  }),
];

export function affinityOf(spec: AppSpec, department: Department): number {
  return (spec.affinity[department] ?? spec.others) * spec.share;
}
