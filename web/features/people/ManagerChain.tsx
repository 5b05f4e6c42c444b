import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersonStatus } from '../../shared/schema.js';
import { PersonLink } from '../../shared/PersonLink.js';

export interface ManagerChain_person {
  __typename: 'Person';
  id: string;
  displayName: string;
  title: string | null;
  status: PersonStatus;
}

export const MANAGER_CHAIN_PERSON: TypedDocumentNode<ManagerChain_person> = gql`
  fragment ManagerChain_person on Person {
    id
    displayName
    title
    status
  }
`;

/** The reporting line from the top of the organization down to the person. */
export function ManagerChain({ chain, personName }: { chain: readonly ManagerChain_person[]; personName: string }) {
  if (chain.length === 0) return <p className="muted">No manager recorded in HR.</p>;
  const topDown = [...chain].reverse();
  return (
    <nav aria-label="Manager chain">
      <ol className="chain">
        {topDown.map((manager) => (
          <li key={manager.id}>
            <PersonLink person={manager} />
            {manager.title ? <span className="muted small"> {manager.title}</span> : null}
          </li>
        ))}
        <li aria-current="page">{personName}</li>
      </ol>
    </nav>
  );
}
