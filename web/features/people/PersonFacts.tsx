import { graphql } from '../../graphql/index.js';
import { formatDate } from '../../shared/format.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import type { PersonFacts_PersonFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment PersonFacts_person on PersonDetail {
    id
    employeeId
    email
    department
    title
    status
    startDate
    endDate
    alternateEmails
  }
`);

/** What HR says about the person. */
export function PersonFacts({ person }: { person: PersonFacts_PersonFragment }) {
  return (
    <dl className="facts">
      <div>
        <dt>Employee id</dt>
        <dd>{person.employeeId}</dd>
      </div>
      <div>
        <dt>Email</dt>
        <dd className="wrap-anywhere">{person.email}</dd>
      </div>
      <div>
        <dt>Department</dt>
        <dd>{person.department ?? '—'}</dd>
      </div>
      <div>
        <dt>Title</dt>
        <dd>{person.title ?? '—'}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={person.status} />
        </dd>
      </div>
      <div>
        <dt>Start date</dt>
        <dd>{formatDate(person.startDate)}</dd>
      </div>
      <div>
        <dt>End date</dt>
        <dd>{formatDate(person.endDate)}</dd>
      </div>
      <div>
        <dt>Alternate emails</dt>
        <dd className="wrap-anywhere">{person.alternateEmails.length > 0 ? person.alternateEmails.join(', ') : 'None'}</dd>
      </div>
    </dl>
  );
}
