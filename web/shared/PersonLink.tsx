import { Link } from 'react-router';
import type { PersonStatus } from '../graphql/graphql.js';

interface PersonLinkProps {
  person: { id: string; displayName: string; status: PersonStatus };
}

/** A link to a person's page that says when they are no longer active. */
export function PersonLink({ person }: PersonLinkProps) {
  return (
    <>
      <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.displayName}</Link>
      {person.status === 'TERMINATED' ? <span className="badge tone-bad">Left</span> : null}
      {person.status === 'LEAVE' ? <span className="badge tone-warn">On leave</span> : null}
    </>
  );
}
