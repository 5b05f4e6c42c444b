import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatCount } from '../../shared/format.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import type { PeopleTable_PersonFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment PeopleTable_person on Person {
    id
    displayName
    email
    employeeId
    department
    title
    status
    accountCount
    findingCount
  }
`);

export function PeopleTable({ people, label }: { people: readonly PeopleTable_PersonFragment[]; label: string }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Department</th>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Accounts
            </th>
            <th scope="col" className="num">
              Findings
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.displayName}</Link>
              </th>
              <td className="wrap-anywhere">{person.email}</td>
              <td>{person.department ?? <span className="muted">—</span>}</td>
              <td>{person.title ?? <span className="muted">—</span>}</td>
              <td>
                <StatusBadge status={person.status} />
              </td>
              <td className="num">{formatCount(person.accountCount)}</td>
              <td className="num">
                {person.findingCount > 0 ? (
                  <Link
                    to={findingsHref({ personId: person.id })}
                    aria-label={`${formatCount(person.findingCount)} findings for ${person.displayName}`}
                  >
                    {formatCount(person.findingCount)}
                  </Link>
                ) : (
                  '0'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
