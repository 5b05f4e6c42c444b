import type { ApiContext } from '../context.js';
import { scopeManagerId } from '../shared/scope.js';
import { APP_NAME, FINDING_NEIGHBOURHOOD } from './neighbourhood.queries.js';
import type { GraphEdge, GraphNode, Neighbourhood } from './neighbourhood.type.js';

interface NodeRow {
  id: string;
  kind: string;
  label: string;
  status: string;
}

interface Triple {
  from: NodeRow;
  rel: string;
  to: NodeRow;
}

const KINDS: Record<string, string> = { Person: 'person', Identity: 'identity', Account: 'account', App: 'app', Role: 'role', Integration: 'integration' };
const WORDS: Record<string, string> = { IN: 'in', BELONGS_TO: 'belongs to', SIGNS_IN_WITH: 'signs in with', HAS_ROLE: 'has role', ENABLED_BY: 'enabled by', AUTHORIZED_BY: 'authorized by' };
const TROUBLE = new Set(['terminated', 'deprovisioned', 'suspended', 'deactivated']);

function hrefOf(node: NodeRow): string | null {
  if (node.kind === 'App') return `/apps/${encodeURIComponent(node.id)}`;
  if (node.kind === 'Person') return `/people/${encodeURIComponent(node.id)}`;
  return null;
}

export class NeighbourhoodService {
  constructor(private readonly ctx: ApiContext) {}

  /** The facts around a finding as a small graph; null when the finding does not exist or the viewer may not see it. */
  async aroundFinding(findingId: string): Promise<Neighbourhood | null> {
    const [row] = await this.ctx.graph.read(FINDING_NEIGHBOURHOOD, { id: findingId, scopeManagerId: scopeManagerId(this.ctx.viewer) }, 'finding-neighbourhood');
    if (!row) return null;
    const subjectId = (row.subjectId as string | null) ?? (row.appId as string);
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const add = (node: NodeRow): void => {
      if (nodes.has(node.id)) return;
      nodes.set(node.id, { id: node.id, kind: KINDS[node.kind] ?? node.kind.toLowerCase(), label: node.label, flagged: node.id === subjectId || TROUBLE.has(node.status), href: hrefOf(node) });
    };
    for (const triple of Array.isArray(row.triples) ? (row.triples as unknown as Triple[]) : []) {
      add(triple.from);
      add(triple.to);
      const id = `${triple.from.id}-${triple.rel}->${triple.to.id}`;
      edges.set(id, { id, source: triple.from.id, target: triple.to.id, label: WORDS[triple.rel] ?? triple.rel.toLowerCase() });
    }
    if (!nodes.has(row.appId as string)) {
      const app = await this.ctx.graph.read(APP_NAME, { id: row.appId }, 'finding-neighbourhood-app');
      nodes.set(row.appId as string, { id: row.appId as string, kind: 'app', label: String(app[0]?.name ?? row.appId), flagged: true, href: `/apps/${encodeURIComponent(String(row.appId))}` });
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }
}
