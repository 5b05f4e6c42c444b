import { graphql } from '../../graphql/index.js';
import { PersonLink } from '../../shared/PersonLink.js';
import type { ManagerChain_PersonFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment ManagerChain_person on Person {
    id
    displayName
    title
    status
  }
`);

/** The reporting line from the top of the organization down to the person. */
export function ManagerChain({ chain, personName }: { chain: readonly ManagerChain_PersonFragment[]; personName: string }) {
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
