import type { Ref } from 'react';

interface PersonChoiceFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  error: string | null;
  errorId: string;
  inputRef?: Ref<HTMLInputElement>;
}

/** A person named the way the API takes them: person id, employee id or work email. */
export function PersonChoiceField({ id, label, value, onChange, disabled, error, errorId, inputRef }: PersonChoiceFieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        value={value}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field-hint" id={hintId}>
        Work email, employee id or person id.
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
