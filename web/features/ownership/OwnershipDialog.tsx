import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { mutationProblem, type MutationProblem } from '../reviews/mutationProblem.js';
import { ProblemCallout } from '../reviews/ProblemCallout.js';
import { useLinkOwner, useMarkAccountKind, useResetOwnership, useUnlinkOwner } from './ownership.mutations.js';
import { ownershipMessage } from './ownershipMessage.js';
import { PersonPicker, type PickedPerson } from './PersonPicker.js';

type Decision = 'link' | 'service' | 'shared' | 'unlink' | 'reset';

const DECISIONS: readonly { value: Decision; label: string; accountOnly: boolean }[] = [
  { value: 'link', label: 'Link to a person', accountOnly: false },
  { value: 'service', label: 'Service account, answered for by a person', accountOnly: true },
  { value: 'shared', label: 'Shared account, answered for by a person', accountOnly: true },
  { value: 'unlink', label: 'Belongs to nobody in HR', accountOnly: false },
  { value: 'reset', label: 'Forget the manual decisions and let the rules link it again', accountOnly: false },
];

export interface OwnedRecordProps {
  id: string;
  /** Email, login or user name. */
  label: string;
  /** Accounts can be marked service or shared; IdP identities cannot. */
  isAccount: boolean;
}

interface OwnershipDialogProps {
  record: OwnedRecordProps;
  onDone: (message: string) => void;
  onClose: () => void;
}

/**
 * A modal dialog to decide whose an account is. Escape or Cancel closes it without a change; the
 * opener gets focus back (the caller's job, since it owns the button).
 */
export function OwnershipDialog({ record, onDone, onClose }: OwnershipDialogProps) {
  const ids = { title: useId(), decision: useId(), note: useId() };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const pickerInput = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const [decision, setDecision] = useState<Decision>('link');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [missingPerson, setMissingPerson] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [link, linking] = useLinkOwner();
  const [unlink, unlinking] = useUnlinkOwner();
  const [mark, marking] = useMarkAccountKind();
  const [reset, resetting] = useResetOwnership();
  const busy = linking.loading || unlinking.loading || marking.loading || resetting.loading;
  const needsPerson = decision === 'link' || decision === 'service' || decision === 'shared';

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    // jsdom has no showModal; there the dialog is simply open.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    firstChoice.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  async function decide(): Promise<string> {
    const trimmed = note.trim() ? { note: note.trim() } : {};
    if (decision === 'link' && person) {
      const result = await link({ variables: { input: { recordId: record.id, personId: person.id, ...trimmed } } });
      return result.data ? ownershipMessage(result.data.linkOwner) : '';
    }
    if ((decision === 'service' || decision === 'shared') && person) {
      const kind = decision === 'service' ? 'SERVICE' : 'SHARED';
      const result = await mark({ variables: { input: { accountId: record.id, kind, ownerId: person.id, ...trimmed } } });
      return result.data ? ownershipMessage(result.data.markAccountKind, decision) : '';
    }
    if (decision === 'unlink') {
      const result = await unlink({ variables: { input: { recordId: record.id, ...trimmed } } });
      return result.data ? ownershipMessage(result.data.unlinkOwner) : '';
    }
    const result = await reset({ variables: { recordId: record.id } });
    return result.data ? ownershipMessage(result.data.resetOwnership) : '';
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    if (needsPerson && !person) {
      setMissingPerson(true);
      pickerInput.current?.focus();
      return;
    }
    try {
      const message = await decide();
      onDone(message);
    } catch (error) {
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="ownership-dialog"
      aria-labelledby={ids.title}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
        <h2 id={ids.title}>
          Who owns <span className="wrap-anywhere">{record.label}</span>?
        </h2>
        <fieldset className="decision-choices" disabled={busy}>
          <legend>Decision</legend>
          {DECISIONS.filter((choice) => record.isAccount || !choice.accountOnly).map((choice, index) => (
            <label key={choice.value}>
              <input
                ref={index === 0 ? firstChoice : undefined}
                type="radio"
                name={ids.decision}
                value={choice.value}
                checked={decision === choice.value}
                onChange={() => setDecision(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
        {needsPerson ? (
          <PersonPicker
            label={decision === 'link' ? 'Person' : 'Owner who answers for it'}
            value={person}
            onChange={(picked) => {
              setPerson(picked);
              setMissingPerson(false);
            }}
            disabled={busy}
            error={missingPerson ? 'Choose a person from the matches.' : null}
            inputRef={pickerInput}
          />
        ) : null}
        {decision !== 'reset' ? (
          <div className="field">
            <label htmlFor={ids.note}>Why (optional, kept in the audit log)</label>
            <input
              id={ids.note}
              type="text"
              maxLength={500}
              value={note}
              disabled={busy}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
        ) : null}
        <ProblemCallout problem={problem} ref={problemRef} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save decision'}
          </button>
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
