import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type Ref } from 'react';
import { enumLabel } from '../../shared/labels.js';
import { PERSON_PICKER_QUERY } from './ownership.queries.js';

const SHOWN = 8;

export interface PickedPerson {
  id: string;
  displayName: string;
  email: string;
}

interface PersonPickerProps {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  disabled: boolean;
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/** Search HR by name, email or employee id (the people search) and choose one of the first matches. */
export function PersonPicker({ label, value, onChange, disabled, error, inputRef }: PersonPickerProps) {
  const ids = { search: useId(), hint: useId(), error: useId(), legend: useId() };
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearch(draft.trim()), 250);
    return () => clearTimeout(timer);
  }, [draft]);

  const {
    data,
    loading,
    error: queryError,
  } = useQuery(PERSON_PICKER_QUERY, {
    variables: { search, first: SHOWN },
    skip: search === '',
  });
  const people = search === '' ? [] : (data?.people.nodes ?? []);
  const total = data?.people.totalCount ?? 0;

  return (
    <div className="person-picker">
      <div className="field">
        <label htmlFor={ids.search}>{label}</label>
        <input
          id={ids.search}
          ref={inputRef}
          type="search"
          value={draft}
          disabled={disabled}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(event) => setDraft(event.target.value)}
        />
        <p className="field-hint" id={ids.hint}>
          Name, work email or employee id.
        </p>
        {error ? (
          <p className="field-error" id={ids.error}>
            {error}
          </p>
        ) : null}
      </div>
      <fieldset className="person-choices" disabled={disabled} aria-busy={loading}>
        <legend id={ids.legend}>{value ? `Chosen: ${value.displayName}` : 'Matching people'}</legend>
        <p role="status" className="muted small">
          {search === ''
            ? 'Type to search.'
            : loading
              ? 'Searching…'
              : queryError
                ? 'The search failed; try again.'
                : people.length === 0
                  ? 'Nobody in HR matches.'
                  : total > people.length
                    ? `First ${people.length} of ${total} matches; type more to narrow.`
                    : `${people.length} ${people.length === 1 ? 'match' : 'matches'}.`}
        </p>
        <ul>
          {people.map((person) => (
            <li key={person.id}>
              <label>
                <input
                  type="radio"
                  name={ids.legend}
                  checked={value?.id === person.id}
                  onChange={() => onChange({ id: person.id, displayName: person.displayName, email: person.email })}
                />
                <span>
                  <strong>{person.displayName}</strong> <span className="muted">{person.email}</span>
                  <br />
                  <span className="small muted">
                    {[person.employeeId, person.title, person.department, enumLabel(person.status)].filter(Boolean).join(' · ')}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}
