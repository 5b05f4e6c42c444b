import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { FINDING_NEIGHBOURHOOD_QUERY } from './neighbourhood.queries.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import type { Neighbourhood } from '../../shared/graph/elements.js';

const GraphCanvas = lazy(() => import('../../shared/graph/NeighbourhoodCanvas.js'));

/** The facts a finding rests on, drawn as a small graph centred on its account (or app). */
export function FindingGraph({ findingId, subjectId }: { findingId: string; subjectId: string }) {
  const { data, error, refetch } = useQuery(FINDING_NEIGHBOURHOOD_QUERY, { variables: { id: findingId } });
  const neighbourhood = useMemo<Neighbourhood | null>(() => {
    if (!data) return null;
    const { nodes, edges } = data.finding.neighbourhood;
    const centre = nodes.filter((node) => node.id === subjectId);
    return { nodes: [...centre, ...nodes.filter((node) => node.id !== subjectId)], edges };
  }, [data, subjectId]);

  if (error) return <QueryError error={error} resource="the graph" onRetry={() => void refetch().catch(() => undefined)} />;
  if (!neighbourhood) return <Loading label="the graph" rows={3} />;
  const people = neighbourhood.nodes.filter((node) => node.kind === 'person').map((node) => node.label);
  const label = `Graph of ${neighbourhood.nodes.length} facts: ${neighbourhood.edges.map((edge) => `${nameOf(neighbourhood, edge.source)} ${edge.label} ${nameOf(neighbourhood, edge.target)}`).join('; ')}.`;
  return (
    <Suspense fallback={<Loading label="the graph" rows={3} />}>
      <GraphCanvas
        neighbourhood={neighbourhood}
        label={people.length || neighbourhood.edges.length ? label : 'Nothing is linked to it.'}
        height={260}
      />
    </Suspense>
  );
}

function nameOf(neighbourhood: Neighbourhood, id: string): string {
  return neighbourhood.nodes.find((node) => node.id === id)?.label ?? id;
}
