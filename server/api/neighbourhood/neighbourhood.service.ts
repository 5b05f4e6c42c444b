import { z } from 'zod';
import { readRows } from '../../graph/decode.js';
import type { ApiContext } from '../context.js';
import { scopeManagerId } from '../shared/scope.js';
import { APP_NAME, FINDING_NEIGHBOURHOOD } from './neighbourhood.queries.js';
import type { GraphEdge, GraphNode, Neighbourhood } from './neighbourhood.type.js';

const nodeRow = z.object({ id: z.string(), kind: z.string(), label: z.string(), status: z.string() });
type NodeRow = z.output<typeof nodeRow>;

const neighbourhoodRow = z.object({
  findingId: z.string(),
  appId: z.string(),
  subjectId: z.string().nullable(),
  triples: z.array(z.object({ from: nodeRow, rel: z.string(), to: nodeRow })),
});

const appNameRow = z.object({ name: z.string().nullable() });

const KINDS: Record<string, string> = {
  Person: 'person',
  Identity: 'identity',
  Account: 'account',
  App: 'app',
  Role: 'role',
  Integration: 'integration',
};
const WORDS: Record<string, string> = {
  IN: 'in',
  BELONGS_TO: 'belongs to',
  SIGNS_IN_WITH: 'signs in with',
  HAS_ROLE: 'has role',
  ENABLED_BY: 'enabled by',
  AUTHORIZED_BY: 'authorized by',
  MAY_BELONG_TO: 'may belong to',
};
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
    const [row] = await readRows(
      this.ctx.graph,
      FINDING_NEIGHBOURHOOD,
      { id: findingId, scopeManagerId: scopeManagerId(this.ctx.viewer) },
      neighbourhoodRow,
      'finding-neighbourhood',
    );
    if (!row) return null;
    const subjectId = row.subjectId ?? row.appId;
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const add = (node: NodeRow): void => {
      if (nodes.has(node.id)) return;
      nodes.set(node.id, {
        id: node.id,
        kind: KINDS[node.kind] ?? node.kind.toLowerCase(),
        label: node.label,
        flagged: node.id === subjectId || TROUBLE.has(node.status),
        href: hrefOf(node),
      });
    };
    for (const triple of row.triples) {
      add(triple.from);
      add(triple.to);
      const id = `${triple.from.id}-${triple.rel}->${triple.to.id}`;
      edges.set(id, { id, source: triple.from.id, target: triple.to.id, label: WORDS[triple.rel] ?? triple.rel.toLowerCase() });
    }
    if (!nodes.has(row.appId)) {
      const [app] = await readRows(this.ctx.graph, APP_NAME, { id: row.appId }, appNameRow, 'finding-neighbourhood-app');
      nodes.set(row.appId, {
        id: row.appId,
        kind: 'app',
        label: app?.name ?? row.appId,
        flagged: true,
        href: `/apps/${encodeURIComponent(row.appId)}`,
      });
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
  }
}
