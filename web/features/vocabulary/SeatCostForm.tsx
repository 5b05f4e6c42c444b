import { useId, useState, type FormEvent } from 'react';
import { formatCountOf, formatMoney } from '../../shared/format.js';
import { mutationProblem } from '../reviews/mutationProblem.js';
import { useSetSeatCost } from './vocabulary.mutations.js';
import type { SeatCostSource, VocabularySeatTypesTable_SeatTypeFragment } from '../../graphql/graphql.js';

interface SeatCostFormProps {
  seatType: VocabularySeatTypesTable_SeatTypeFragment;
  /** Called with what changed, once the list on screen shows it. */
  onSaved: (message: string) => void;
}

const COST_BEFORE: Record<Exclude<SeatCostSource, 'UNKNOWN'>, string> = {
  CATALOG: "the catalog's",
  ASSUMED: 'assumed',
  CONFIRMED: 'as set before',
};

/**
 * "Jestor: “Guest seat” costs $12.00 per seat a month now (it was $9.00, assumed); 1 account holds it. …"
 * Said against the row as it was shown, which is what the person changed.
 */
export function seatCostMessage(
  appName: string,
  before: VocabularySeatTypesTable_SeatTypeFragment,
  after: VocabularySeatTypesTable_SeatTypeFragment,
): string {
  const cost = after.monthlyCost === null ? 'an unknown amount' : formatMoney(after.monthlyCost, after.currency);
  const was =
    before.monthlyCost === null || before.costSource === 'UNKNOWN'
      ? 'unknown'
      : `${formatMoney(before.monthlyCost, before.currency)}, ${COST_BEFORE[before.costSource]}`;
  const change =
    was !== 'unknown' && before.monthlyCost === after.monthlyCost
      ? `is confirmed at ${cost} per seat a month`
      : `costs ${cost} per seat a month now (it was ${was})`;
  return `${appName}: “${after.name}” ${change}; ${formatCountOf(after.holders, 'account')} ${after.holders === 1 ? 'holds' : 'hold'} it. Seat spend, waste and findings were recomputed.`;
}

/** Why the typed cost cannot be sent, or null when it can. */
function costProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter the monthly cost of one seat.';
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) return 'Enter a cost of 0 or more, e.g. 12.50.';
  return null;
}

/** The cost of one seat a month, filled in with the assumed one (if any): saving it as it is confirms it. */
export function SeatCostForm({ seatType, onSaved }: SeatCostFormProps) {
  const inputId = useId();
  const problemId = useId();
  const [text, setText] = useState(seatType.monthlyCost === null ? '' : String(seatType.monthlyCost));
  const [problem, setProblem] = useState<string | null>(null);
  const [setSeatCost, { loading }] = useSetSeatCost();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    const invalid = costProblem(text);
    setProblem(invalid);
    if (invalid) return;
    try {
      const result = await setSeatCost({ variables: { input: { seatTypeId: seatType.id, monthlyCost: Number(text) } } });
      const done = result.data?.setSeatCost;
      if (done) onSaved(seatCostMessage(done.app.name, seatType, done.seatType));
    } catch (error) {
      setProblem(`Not saved. ${mutationProblem(error).message}`);
    }
  }

  return (
    <form className="classify-form" onSubmit={(event) => void submit(event)} aria-busy={loading} noValidate>
      <label className="visually-hidden" htmlFor={inputId}>
        Monthly cost of one {seatType.name} seat, in {seatType.currency}
      </label>
      <input
        id={inputId}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        className="cost-input"
        value={text}
        disabled={loading}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <span className="muted small">{seatType.currency}</span>
      <button type="submit" disabled={loading} aria-label={`Save the cost of ${seatType.name}`}>
        {loading ? 'Saving…' : 'Save'}
      </button>
      {problem ? (
        <p className="field-error classify-problem" id={problemId} role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
