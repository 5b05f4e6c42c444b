import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog.js';
import { LAUNCH_PREVIEW_QUERY } from './reviews.queries.js';
import { formatCountOf } from '../../shared/format.js';
import { useEscalateOverdue, useLaunchCampaign } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { ProblemCallout } from './ProblemCallout.js';

/**
 * Launches a draft: snapshots every account in scope into review items with reviewers and
 * suggestions. It asks first, with how many items and reviewers the launch would make.
 */
export function LaunchCampaignButton({
  campaignId,
  campaignName,
  onDone,
}: {
  campaignId: string;
  campaignName: string;
  onDone: (message: string) => void;
}) {
  const [launch, { loading }] = useLaunchCampaign();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  function stopAsking(): void {
    setAsking(false);
    opener.current?.focus();
  }

  async function run(): Promise<void> {
    setProblem(null);
    try {
      const result = await launch({ variables: { id: campaignId } });
      setAsking(false);
      onDone(`Campaign launched: ${formatCountOf(result.data?.launchCampaign.populationCount ?? 0, 'account')} to review.`);
    } catch (error) {
      setAsking(false);
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
      <button ref={opener} type="button" className="primary" disabled={loading} aria-busy={loading} onClick={() => setAsking(true)}>
        {loading ? 'Launching…' : 'Launch campaign'}
      </button>
      {asking ? (
        <LaunchConfirmation
          campaignId={campaignId}
          campaignName={campaignName}
          busy={loading}
          onConfirm={() => void run()}
          onCancel={stopAsking}
        />
      ) : null}
      <ProblemCallout problem={problem} ref={problemRef} />
    </div>
  );
}

function LaunchConfirmation({
  campaignId,
  campaignName,
  busy,
  onConfirm,
  onCancel,
}: {
  campaignId: string;
  campaignName: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { data, loading, error } = useQuery(LAUNCH_PREVIEW_QUERY, { variables: { id: campaignId }, fetchPolicy: 'network-only' });
  const preview = data?.campaign?.launchPreview ?? null;
  return (
    <ConfirmDialog
      title={preview ? `Launch ${campaignName} for ${formatCountOf(preview.items, 'account')}?` : `Launch ${campaignName}?`}
      confirmLabel={preview ? `Launch: ${formatCountOf(preview.items, 'review item')}` : 'Launch'}
      busy={busy}
      notReady={loading}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {loading ? (
        <p role="status">Counting the accounts in scope…</p>
      ) : preview ? (
        <>
          <p>
            {formatCountOf(preview.items, 'review item')} will be created, one per account in scope as it is now, and assigned to{' '}
            {formatCountOf(preview.reviewers, 'reviewer')}
            {preview.unassigned > 0
              ? `; ${formatCountOf(preview.unassigned, 'item')} will have no reviewer until an admin reassigns them`
              : ''}
            .
          </p>
          <p>Reviewers see their items at once. A launch cannot be undone: the campaign can only be closed.</p>
        </>
      ) : (
        <p>
          {error ? 'The accounts in scope could not be counted; launching still works.' : 'Launching snapshots every account in scope.'} A
          launch cannot be undone.
        </p>
      )}
    </ConfirmDialog>
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
