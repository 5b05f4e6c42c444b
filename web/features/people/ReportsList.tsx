import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersonStatus } from '../../shared/schema.js';
import { PersonLink } from '../../shared/PersonLink.js';

export interface ReportsList_person {
  __typename: 'Person';
  id: string;
  displayName: string;
  title: string | null;
  status: PersonStatus;
}

export const REPORTS_LIST_PERSON: TypedDocumentNode<ReportsList_person> = gql`
  fragment ReportsList_person on Person {
    id
    displayName
    title
    status
  }
`;

export function ReportsList({ reports }: { reports: readonly ReportsList_person[] }) {
  const sorted = [...reports].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return (
    <ul className="columns">
      {sorted.map((report) => (
        <li key={report.id}>
          <PersonLink person={report} />
          {report.title ? <span className="muted small"> {report.title}</span> : null}
        </li>
      ))}
    </ul>
  );
}
