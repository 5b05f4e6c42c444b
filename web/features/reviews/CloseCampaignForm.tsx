import { useId, useRef, useState, type FormEvent } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { useCloseCampaign } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { ProblemCallout } from './ProblemCallout.js';
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

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    if (!choice) {
      setMissing(true);
      firstChoice.current?.focus();
      return;
    }
    try {
      await close({ variables: { id: campaignId, default: choice } });
      onDone(
        undecided === 0
          ? 'Campaign closed and signed off.'
          : `Campaign closed and signed off: ${formatCountOf(undecided, 'undecided item')} ${choice === 'REVOKE' ? 'revoked' : 'kept'} by default.`,
      );
    } catch (error) {
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  return (
    <form className="close-campaign-form" onSubmit={(event) => void submit(event)} aria-busy={loading} noValidate>
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
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Closing…' : 'Close and sign off'}
        </button>
      </div>
      <ProblemCallout problem={problem} ref={problemRef} />
    </form>
  );
}
