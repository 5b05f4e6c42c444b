import { useId, type Ref } from 'react';
import { PersonPicker, type PickedPerson } from '../ownership/PersonPicker.js';

/** Who signs in now: they may own the campaign themselves, in HR or not. */
export interface OwnerViewer {
  personId: string | null;
  email: string;
  displayName: string;
}

export type OwnerChoice = { kind: 'me' } | { kind: 'person'; person: PickedPerson | null };

/** What the API takes as the owner: a person id, or the sign-in email of an admin who is not in HR. */
export function ownerRef(choice: OwnerChoice, viewer: OwnerViewer): string | null {
  if (choice.kind === 'me') return viewer.personId ?? viewer.email;
  return choice.person?.id ?? null;
}

interface CampaignOwnerFieldProps {
  viewer: OwnerViewer;
  value: OwnerChoice;
  onChange: (choice: OwnerChoice) => void;
  disabled: boolean;
  error: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * The campaign owner: the signed-in admin, or a person searched for in HR. An admin who is not in
 * HR can own it; the accounts nobody owns then have no reviewer until an admin reassigns them.
 */
export function CampaignOwnerField({ viewer, value, onChange, disabled, error, inputRef }: CampaignOwnerFieldProps) {
  const name = useId();
  return (
    <fieldset className="owner-choice" disabled={disabled}>
      <legend>Campaign owner</legend>
      <label>
        <input type="radio" name={name} checked={value.kind === 'me'} onChange={() => onChange({ kind: 'me' })} />
        Me ({viewer.displayName || viewer.email})
      </label>
      {value.kind === 'me' && viewer.personId === null ? (
        <p className="field-hint">You are not in HR: accounts nobody in HR owns will have no reviewer until an admin reassigns them.</p>
      ) : null}
      <label>
        <input type="radio" name={name} checked={value.kind === 'person'} onChange={() => onChange({ kind: 'person', person: null })} />
        Someone in HR
      </label>
      {value.kind === 'person' ? (
        <PersonPicker
          label="Search HR for the owner"
          value={value.person}
          onChange={(person) => onChange({ kind: 'person', person })}
          disabled={disabled}
          error={error}
          inputRef={inputRef}
        />
      ) : null}
      <p className="field-hint">The campaign owner reviews the accounts nobody in HR owns.</p>
    </fieldset>
  );
}
