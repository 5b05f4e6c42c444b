import { lazy, Suspense, useMemo } from 'react';
import { Loading } from '../../shared/Loading.js';
import { describeNeighbourhood, personNeighbourhood } from '../../shared/graph/elements.js';
import type { IdentitiesTable_IdentityFragment, PersonAccountsTable_AccountFragment } from '../../graphql/graphql.js';

// Cytoscape is large: it loads with the first person graph, not with the dashboard.
const NeighbourhoodCanvas = lazy(() => import('../../shared/graph/NeighbourhoodCanvas.js'));

interface PersonGraphProps {
  person: {
    id: string;
    displayName: string;
    email: string;
    identities: readonly IdentitiesTable_IdentityFragment[];
    accounts: readonly PersonAccountsTable_AccountFragment[];
  };
}

/** The person's identities, accounts, apps and roles as a graph, with a legend and a text summary. */
export function PersonGraph({ person }: PersonGraphProps) {
  const neighbourhood = useMemo(() => personNeighbourhood(person), [person]);
  const summary = describeNeighbourhood(person);
  return (
    <figure className="person-graph">
      <Suspense fallback={<Loading label="the graph" rows={6} />}>
        <NeighbourhoodCanvas neighbourhood={neighbourhood} label={summary} />
      </Suspense>
      <figcaption className="muted small">
        <span className="legend legend-person">person</span> <span className="legend legend-identity">IdP identity</span>{' '}
        <span className="legend legend-account">account (labelled when not under the work email)</span>{' '}
        <span className="legend legend-app">app (opens its page)</span> <span className="legend legend-role">role</span>{' '}
        <span className="legend legend-flagged">has findings or is disabled</span>. {summary}
      </figcaption>
    </figure>
  );
}
