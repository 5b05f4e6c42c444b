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
        Accounts under the work email go unlabelled; the legend above says what each shape and arrow means. {summary}
      </figcaption>
    </figure>
  );
}
