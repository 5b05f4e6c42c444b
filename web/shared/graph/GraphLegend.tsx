import type { Neighbourhood } from './elements.js';

/** How each kind of node is drawn, in the order the legend lists them. */
const NODE_KINDS: Record<string, string> = {
  person: 'person (HR record)',
  identity: 'IdP identity',
  account: 'app account',
  app: 'app (opens its page)',
  role: 'role',
  integration: 'integration',
};

/** What an arrow labelled so says, from its tail to its head. */
const EDGE_KINDS: Record<string, string> = {
  owns: 'the person owns the account',
  identity: 'the person signs in through this IdP identity',
  in: 'the account is in the app',
  role: 'the account holds the role',
  'has role': 'the account holds the role',
  'belongs to': 'belongs to this person',
  'may belong to': 'may belong to this person (waiting for review)',
  'signs in with': 'the account signs in with the IdP identity',
  'enabled by': 'the integration was enabled by the account',
  'authorized by': 'the integration was authorized by the account',
};

/**
 * Says what the shapes and arrows of a neighbourhood graph mean, listing only the kinds it has, so
 * the picture can be read without knowing the drawing's conventions.
 */
export function GraphLegend({ neighbourhood }: { neighbourhood: Neighbourhood }) {
  const kinds = new Set(neighbourhood.nodes.map((node) => node.kind));
  const nodeKinds = [...Object.keys(NODE_KINDS).filter((kind) => kinds.has(kind)), ...[...kinds].filter((kind) => !(kind in NODE_KINDS))];
  const edgeKinds = [...new Set(neighbourhood.edges.map((edge) => edge.label))];
  const flagged = neighbourhood.nodes.some((node) => node.flagged);
  return (
    <div role="group" aria-label="Graph legend">
      <dl className="graph-legend small">
        <div>
          <dt>Shapes</dt>
          {nodeKinds.map((kind) => (
            <dd key={kind} className={`legend legend-${kind}`}>
              {NODE_KINDS[kind] ?? kind}
            </dd>
          ))}
          {flagged ? <dd className="legend legend-flagged">red outline: has findings, or disabled</dd> : null}
        </div>
        {edgeKinds.length > 0 ? (
          <div>
            <dt>Arrows</dt>
            {edgeKinds.map((label) => (
              <dd key={label} className="legend-edge">
                <span className="legend-edge-label">{label}</span>: {EDGE_KINDS[label] ?? label}
              </dd>
            ))}
          </div>
        ) : null}
      </dl>
    </div>
  );
}
