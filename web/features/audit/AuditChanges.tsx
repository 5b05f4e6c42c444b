import { graphql } from '../../graphql/index.js';
import type { AuditChanges_ChangeFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment AuditChanges_change on AuditChange {
    field
    before
    after
  }
`);

/** Changes listed in the row; more fold into "Show n changes". */
const SHOWN_OPEN = 3;

/** What an event changed, one line per field: "role: auditor → admin". */
export function AuditChanges({ changes, seq }: { changes: readonly AuditChanges_ChangeFragment[]; seq: number }) {
  if (changes.length === 0) return <span className="muted">—</span>;
  const list = (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          {change.field ? <span className="audit-change-field">{change.field}: </span> : null}
          <ChangeValue value={change.before} kind="before" /> <span aria-hidden="true">→</span>
          <span className="visually-hidden"> to</span> <ChangeValue value={change.after} kind="after" />
        </li>
      ))}
    </ul>
  );
  if (changes.length <= SHOWN_OPEN) return list;
  return (
    <details>
      <summary>
        Show {changes.length} changes<span className="visually-hidden"> of event #{seq}</span>
      </summary>
      {list}
    </details>
  );
}

function ChangeValue({ value, kind }: { value: string | null; kind: 'before' | 'after' }) {
  if (value === null) return <span className="muted">{kind === 'before' ? '(none)' : '(removed)'}</span>;
  return kind === 'before' ? <del className="audit-change-before">{value}</del> : <ins className="audit-change-after">{value}</ins>;
}
