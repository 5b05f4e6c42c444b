import type { IdentitiesTable_IdentityFragment, PersonAccountsTable_AccountFragment } from '../../graphql/graphql.js';

interface GraphNode {
  id: string;
  /** person, identity, account, app, role or integration, each drawn its own way; the server may send others, drawn plain. */
  kind: string;
  label: string;
  /** Where a click goes, when the node has a page. */
  href: string | null;
  /** A finding is on it (accounts), or it is disabled (identities). */
  flagged: boolean;
}

interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

interface PersonForGraph {
  id: string;
  displayName: string;
  email: string;
  identities: readonly IdentitiesTable_IdentityFragment[];
  accounts: readonly PersonAccountsTable_AccountFragment[];
}

const IDP_NAMES: Record<string, string> = { okta: 'Okta', entra: 'Entra ID', google: 'Google', scim: 'SCIM' };

/**
 * The person's neighbourhood as nodes and edges: their IdP identities, their app accounts, the apps
 * those are in and the roles they hold. Apps and roles shared by several accounts appear once.
 * Accounts under the person's work email go unlabelled (the app beside them says which they are).
 */
export function personNeighbourhood(person: PersonForGraph): Neighbourhood {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const add = (node: GraphNode): void => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  };
  const personNode = `person:${person.id}`;
  add({ id: personNode, kind: 'person', label: person.displayName, href: null, flagged: false });

  for (const identity of person.identities) {
    const id = `identity:${identity.id}`;
    add({
      id,
      kind: 'identity',
      label: `${IDP_NAMES[identity.idp] ?? identity.idp}: ${identity.login}`,
      href: null,
      flagged: identity.status === 'DEPROVISIONED' || identity.status === 'SUSPENDED',
    });
    edges.push({ id: `${personNode}->${id}`, source: personNode, target: id, label: 'identity' });
  }
  for (const account of person.accounts) {
    const id = `account:${account.id}`;
    const app = `app:${account.app.id}`;
    // Most accounts use the work email: only the ones that do not are worth a label on the picture.
    const label = account.email.toLowerCase() === person.email.toLowerCase() ? '' : account.email;
    add({ id, kind: 'account', label, href: null, flagged: account.findings.length > 0 });
    add({ id: app, kind: 'app', label: account.app.name, href: `/apps/${encodeURIComponent(account.app.id)}`, flagged: false });
    edges.push({ id: `${personNode}->${id}`, source: personNode, target: id, label: 'owns' });
    edges.push({ id: `${id}->${app}`, source: id, target: app, label: 'in' });
    for (const role of account.roles) {
      const roleId = `role:${account.app.id}:${role}`;
      add({ id: roleId, kind: 'role', label: role, href: null, flagged: false });
      edges.push({ id: `${id}->${roleId}`, source: id, target: roleId, label: 'role' });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** One sentence per account for screen readers: the canvas itself says nothing to them. */
export function describeNeighbourhood(person: PersonForGraph): string {
  const apps = new Set(person.accounts.map((a) => a.app.name)).size;
  const flagged = person.accounts.filter((a) => a.findings.length > 0).length;
  return `${person.displayName}: ${person.identities.length} IdP identit${person.identities.length === 1 ? 'y' : 'ies'}, ${person.accounts.length} app account${person.accounts.length === 1 ? '' : 's'} in ${apps} app${apps === 1 ? '' : 's'}${flagged ? `, ${flagged} with findings` : ''}.`;
}
