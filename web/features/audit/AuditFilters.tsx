import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { auditSearchParams, parseAuditUrl, type AuditUrlFilter, type AuditUrlField } from './auditUrl.js';
import { AUDIT_ACTIONS_QUERY } from './audit.queries.js';

interface FieldSpec {
  field: AuditUrlField;
  label: string;
  type: 'text' | 'date' | 'action';
  placeholder?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'actor', label: 'Who', type: 'text', placeholder: 'Name or id' },
  { field: 'action', label: 'Action', type: 'action' },
  { field: 'targetType', label: 'Target type', type: 'text', placeholder: 'account, app, source…' },
  { field: 'targetId', label: 'Target id', type: 'text' },
  { field: 'from', label: 'From', type: 'date' },
  { field: 'to', label: 'To', type: 'date' },
];

/** The audit filters, kept in the URL; changing a field changes nothing until the form is applied (Enter or the button). */
export function AuditFilters() {
  const [params] = useSearchParams();
  // A new URL (back button, "Clear filters") starts the form again from what it says.
  return <AuditFiltersForm key={params.toString()} initial={parseAuditUrl(params)} filtered={params.toString() !== ''} />;
}

function AuditFiltersForm({ initial, filtered }: { initial: AuditUrlFilter; filtered: boolean }) {
  const [, setParams] = useSearchParams();
  const [draft, setDraft] = useState(initial);
  const baseId = useId();
  const actions = useQuery(AUDIT_ACTIONS_QUERY);
  // The actions the log holds; one the URL names is kept even when the log has none of it.
  const actionChoices = [...new Set([...(actions.data?.auditActions ?? []), ...(initial.action ? [initial.action] : [])])].sort();

  function apply(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setParams(auditSearchParams(draft));
  }

  return (
    <form className="filters" aria-label="Filter audit events" onSubmit={apply}>
      {FIELDS.map((spec) => (
        <div className="field" key={spec.field}>
          <label htmlFor={`${baseId}-${spec.field}`}>{spec.label}</label>
          {spec.type === 'action' ? (
            <select
              id={`${baseId}-${spec.field}`}
              value={draft.action}
              aria-busy={actions.loading}
              onChange={(event) => setDraft({ ...draft, action: event.target.value })}
            >
              <option value="">Any action</option>
              {actionChoices.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${baseId}-${spec.field}`}
              type={spec.type}
              value={draft[spec.field]}
              placeholder={spec.placeholder}
              maxLength={spec.field === 'targetId' ? 500 : 200}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setDraft({ ...draft, [spec.field]: event.target.value })}
            />
          )}
        </div>
      ))}
      <p>
        <button type="submit">Apply filters</button>
      </p>
      {filtered ? (
        <p>
          <Link to="/audit">Clear filters</Link>
        </p>
      ) : null}
    </form>
  );
}
