import { graphql } from '../../graphql/index.js';
import { PersonLink } from '../../shared/PersonLink.js';
import type { ReportsList_PersonFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment ReportsList_person on Person {
    id
    displayName
    title
    status
  }
`);

export function ReportsList({ reports }: { reports: readonly ReportsList_PersonFragment[] }) {
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
