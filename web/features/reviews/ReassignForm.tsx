import { useId, useRef, useState, type FormEvent } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { useReassignItems, useReloadReviewItem } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { PersonChoiceField } from './PersonChoiceField.js';
import { ProblemCallout } from './ProblemCallout.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import type { ReviewItem_ItemFragment } from '../../graphql/graphql.js';

/** Hands the given undecided items to another reviewer, all or nothing. Nobody can be handed their own access: the server says so. */
export function ReassignForm({
  items,
  onDone,
  onCancel,
}: {
  items: readonly ReviewItem_ItemFragment[];
  onDone: (message: string) => void;
  onCancel?: () => void;
}) {
  const ids = { to: useId(), note: useId(), error: useId() };
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [reassign, { loading }] = useReassignItems();
  const reloadItem = useReloadReviewItem();
  const toInput = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    if (!to.trim()) {
      setMissing(true);
      toInput.current?.focus();
      return;
    }
    // Several items at once are handed over only after saying how many.
    if (items.length > 1) setAsking(true);
    else await send();
  }

  function stopAsking(): void {
    setAsking(false);
    submitButton.current?.focus();
  }

  async function send(): Promise<void> {
    try {
      const result = await reassign({
        variables: {
          input: {
            items: items.map((item) => ({ itemId: item.id, expectedVersion: item.version })),
            toPersonId: to.trim(),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        },
      });
      const moved = result.data?.reassignItems ?? [];
      setAsking(false);
      onDone(`${formatCountOf(moved.length, 'item')} reassigned to ${moved[0]?.reviewerName ?? to.trim()}.`);
    } catch (error) {
      setAsking(false);
      const found = mutationProblem(error);
      setProblem(found);
      if (found.code === 'CONFLICT' && found.itemId) void reloadItem(found.itemId);
      problemRef.current?.focus();
    }
  }

  return (
    <form className="reassign-form" onSubmit={(event) => void submit(event)} aria-busy={loading} noValidate>
      <div className="field-row">
        <PersonChoiceField
          id={ids.to}
          label="New reviewer"
          value={to}
          onChange={(value) => {
            setTo(value);
            setMissing(false);
          }}
          disabled={loading}
          error={missing ? 'Name the person who should review these items.' : null}
          errorId={ids.error}
          inputRef={toInput}
        />
        <div className="field">
          <label htmlFor={ids.note}>Note for them (optional)</label>
          <input
            id={ids.note}
            type="text"
            maxLength={500}
            value={note}
            disabled={loading}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      </div>
      <div className="form-actions">
        <button ref={submitButton} type="submit" className="primary" disabled={loading}>
          {loading ? 'Reassigning…' : `Reassign ${formatCountOf(items.length, 'item')}`}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        ) : null}
      </div>
      <ProblemCallout problem={problem} ref={problemRef} />
      {asking ? (
        <ConfirmDialog
          title={`Reassign ${formatCountOf(items.length, 'item')} to ${to.trim()}?`}
          confirmLabel={`Reassign ${formatCountOf(items.length, 'item')}`}
          busy={loading}
          onConfirm={() => void send()}
          onCancel={stopAsking}
        >
          <p>
            {formatCountOf(items.length, 'item')} move to {to.trim()}
            {note.trim() ? ', with your note' : ''}; the first reviewer is kept on each item for the audit. All move together or none does.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
