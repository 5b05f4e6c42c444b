import { useId, useRef, useState, type FormEvent } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { useCloseCampaign } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { ProblemCallout } from './ProblemCallout.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import type { CloseDefault } from '../../graphql/graphql.js';

const CHOICES: readonly { value: CloseDefault; label: string }[] = [
  { value: 'NO_CHANGE', label: 'No change: undecided items are kept' },
  { value: 'REVOKE', label: 'Revoke: undecided items are revoked and tracked until an import shows them gone' },
];

/** Signs the campaign off with a chosen default for what is still undecided; it is read-only afterwards. */
export function CloseCampaignForm({
  campaignId,
  undecided,
  onDone,
}: {
  campaignId: string;
  undecided: number;
  onDone: (message: string) => void;
}) {
  const name = useId();
  const errorId = useId();
  const [choice, setChoice] = useState<CloseDefault | null>(null);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [close, { loading }] = useCloseCampaign();
  const firstChoice = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState<CloseDefault | null>(null);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    if (!choice) {
      setMissing(true);
      firstChoice.current?.focus();
      return;
    }
    setAsking(choice);
  }

  function stopAsking(): void {
    setAsking(null);
    submitButton.current?.focus();
  }

  async function closeNow(chosen: CloseDefault): Promise<void> {
    try {
      await close({ variables: { id: campaignId, default: chosen } });
      setAsking(null);
      onDone(
        undecided === 0
          ? 'Campaign closed and signed off.'
          : `Campaign closed and signed off: ${formatCountOf(undecided, 'undecided item')} ${chosen === 'REVOKE' ? 'revoked' : 'kept'} by default.`,
      );
    } catch (error) {
      setAsking(null);
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  return (
    <form className="close-campaign-form" onSubmit={submit} aria-busy={loading} noValidate>
      <fieldset aria-describedby={missing ? errorId : undefined}>
        <legend>
          {undecided === 0
            ? 'Every item is decided. Closing records the sign-off.'
            : `${formatCountOf(undecided, 'item')} ${undecided === 1 ? 'is' : 'are'} still undecided. When closing:`}
        </legend>
        {CHOICES.map((option, index) => (
          <label key={option.value} className="decision-choice">
            <input
              ref={index === 0 ? firstChoice : undefined}
              type="radio"
              name={name}
              value={option.value}
              checked={choice === option.value}
              disabled={loading}
              onChange={() => {
                setChoice(option.value);
                setMissing(false);
              }}
            />
            {option.label}
          </label>
        ))}
        {missing ? (
          <p className="field-error" id={errorId}>
            Choose what happens to the undecided items.
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button ref={submitButton} type="submit" className="primary" disabled={loading}>
          {loading ? 'Closing…' : 'Close and sign off'}
        </button>
      </div>
      <ProblemCallout problem={problem} ref={problemRef} />
      {asking ? (
        <ConfirmDialog
          title={
            undecided === 0 ? 'Close the campaign and sign off?' : `Close the campaign with ${formatCountOf(undecided, 'undecided item')}?`
          }
          confirmLabel={
            undecided === 0 ? 'Close and sign off' : `Close: ${asking === 'REVOKE' ? 'revoke' : 'keep'} ${formatCountOf(undecided, 'item')}`
          }
          busy={loading}
          onConfirm={() => void closeNow(asking)}
          onCancel={stopAsking}
        >
          {undecided === 0 ? (
            <p>Every item is decided. Closing records the sign-off.</p>
          ) : asking === 'REVOKE' ? (
            <p>
              {formatCountOf(undecided, 'undecided item')} will be <strong>revoked</strong> by default, each with a remediation task that
              the next imports check.
            </p>
          ) : (
            <p>
              {formatCountOf(undecided, 'undecided item')} will be <strong>kept</strong> as they are, recorded as kept by the close&apos;s
              default rather than by a reviewer.
            </p>
          )}
          <p>The campaign then becomes read-only: no decision can be made or changed, and the evidence is final.</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
