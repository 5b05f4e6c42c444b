import { useRef, useState } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { useEscalateOverdue, useLaunchCampaign } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { ProblemCallout } from './ProblemCallout.js';

/** Launches a draft: snapshots every account in scope into review items with reviewers and suggestions. */
export function LaunchCampaignButton({ campaignId, onDone }: { campaignId: string; onDone: (message: string) => void }) {
  const [launch, { loading }] = useLaunchCampaign();
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  async function run(): Promise<void> {
    setProblem(null);
    try {
      const result = await launch({ variables: { id: campaignId } });
      onDone(`Campaign launched: ${formatCountOf(result.data?.launchCampaign.populationCount ?? 0, 'account')} to review.`);
    } catch (error) {
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  return (
    <div className="campaign-action">
      <p>
        Launching snapshots every account in scope with its roles, findings and suggestion, and assigns each to a reviewer. Later imports do
        not change the snapshot.
      </p>
      <button type="button" className="primary" disabled={loading} aria-busy={loading} onClick={() => void run()}>
        {loading ? 'Launching…' : 'Launch campaign'}
      </button>
      <ProblemCallout problem={problem} ref={problemRef} />
    </div>
  );
}

/** Moves undecided items past due to each reviewer's manager now, instead of waiting for the hourly run. */
export function EscalateOverdueButton({ onDone }: { onDone: (message: string) => void }) {
  const [escalate, { loading }] = useEscalateOverdue();
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  async function run(): Promise<void> {
    setProblem(null);
    try {
      const result = await escalate();
      const outcome = result.data?.escalateOverdue;
      const stuck = outcome?.stuck ?? 0;
      onDone(
        `${formatCountOf(outcome?.escalated ?? 0, 'overdue item')} moved to the reviewer's manager.` +
          (stuck > 0 ? ` ${formatCountOf(stuck, 'item')} could not move (no manager, or the manager owns the account).` : ''),
      );
    } catch (error) {
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  return (
    <div className="campaign-action">
      <button type="button" disabled={loading} aria-busy={loading} onClick={() => void run()}>
        {loading ? 'Escalating…' : 'Escalate overdue items now'}
      </button>
      <ProblemCallout problem={problem} ref={problemRef} />
    </div>
  );
}
