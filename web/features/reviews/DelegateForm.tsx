import { useId, useRef, useState, type FormEvent } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { useDelegateMyReviews } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { PersonChoiceField } from './PersonChoiceField.js';
import { ProblemCallout } from './ProblemCallout.js';

interface DelegateFormProps {
  campaigns: readonly { id: string; name: string }[];
  onDone: (message: string) => void;
}

/** Hands every undecided item of one campaign to a delegate (e.g. before leave); the delegate's own access stays with you. */
export function DelegateForm({ campaigns, onDone }: DelegateFormProps) {
  const ids = { campaign: useId(), to: useId(), note: useId(), error: useId() };
  const [campaignId, setCampaignId] = useState(campaigns[0]?.id ?? '');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [delegate, { loading }] = useDelegateMyReviews();
  const toInput = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const chosen = campaigns.some((campaign) => campaign.id === campaignId) ? campaignId : (campaigns[0]?.id ?? '');

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading || !chosen) return;
    setProblem(null);
    if (!to.trim()) {
      setMissing(true);
      toInput.current?.focus();
      return;
    }
    try {
      const result = await delegate({
        variables: { input: { campaignId: chosen, toPersonId: to.trim(), ...(note.trim() ? { note: note.trim() } : {}) } },
      });
      const outcome = result.data?.delegateMyReviews;
      const moved = outcome?.moved.length ?? 0;
      const kept = outcome?.keptCount ?? 0;
      onDone(
        `${formatCountOf(moved, 'item')} delegated to ${outcome?.moved[0]?.reviewerName ?? to.trim()}.` +
          (kept > 0
            ? ` ${formatCountOf(kept, 'item')} stayed with you: ${kept === 1 ? 'it is' : 'they are'} the delegate's own access.`
            : ''),
      );
      setTo('');
      setNote('');
    } catch (error) {
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  if (campaigns.length === 0) return <p className="muted">Nothing to delegate: no undecided items are assigned to you.</p>;

  return (
    <form className="delegate-form" onSubmit={(event) => void submit(event)} aria-busy={loading} noValidate>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.campaign}>Campaign</label>
          <select id={ids.campaign} value={chosen} disabled={loading} onChange={(event) => setCampaignId(event.target.value)}>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </div>
        <PersonChoiceField
          id={ids.to}
          label="Delegate"
          value={to}
          onChange={(value) => {
            setTo(value);
            setMissing(false);
          }}
          disabled={loading}
          error={missing ? 'Name the person who should review in your place.' : null}
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
        <button type="submit" disabled={loading}>
          {loading ? 'Delegating…' : 'Delegate my undecided items'}
        </button>
      </div>
      <ProblemCallout problem={problem} ref={problemRef} />
    </form>
  );
}
