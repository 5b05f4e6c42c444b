import { useId, useRef, useState, type FormEvent } from 'react';
import { formatCount, formatCountOf, formatDate } from '../../shared/format.js';
import { useAttestTeam } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { ProblemCallout } from './ProblemCallout.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import type { AttestTeamForm_TeamCampaignFragment } from '../../graphql/graphql.js';
import { graphql } from '../../graphql/index.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment AttestTeamForm_teamCampaign on TeamCampaign {
    campaign {
      id
      name
      period
      status
      dueAt
    }
    assigned
    undecided
    attestable
    attestableWithJustification
    flaggedUndecided
  }
`);

/**
 * "Attest all unflagged" for one campaign: keeps every undecided item of the manager's that is
 * not flagged and holds no admin role, in one action. Unflagged admin roles are included only
 * with a justification; flagged items are decided one by one.
 */
export function AttestTeamForm({
  teamCampaign,
  onDone,
}: {
  teamCampaign: AttestTeamForm_TeamCampaignFragment;
  onDone: (message: string) => void;
}) {
  const ids = { include: useId(), justification: useId(), hint: useId(), error: useId() };
  const [includeAdmins, setIncludeAdmins] = useState(false);
  const [justification, setJustification] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [attest, { loading }] = useAttestTeam();
  const justificationInput = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  const { campaign, attestable, attestableWithJustification, flaggedUndecided } = teamCampaign;
  const count = attestable + (includeAdmins ? attestableWithJustification : 0);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (loading || count === 0) return;
    setProblem(null);
    if (includeAdmins && !justification.trim()) {
      setMissing(true);
      justificationInput.current?.focus();
      return;
    }
    setAsking(true);
  }

  function stopAsking(): void {
    setAsking(false);
    submitButton.current?.focus();
  }

  async function attestNow(): Promise<void> {
    try {
      const result = await attest({
        variables: { campaignId: campaign.id, ...(includeAdmins ? { justification: justification.trim() } : {}) },
      });
      setAsking(false);
      const outcome = result.data?.attestTeam;
      if (!outcome) return;
      const parts = [`Kept ${formatCountOf(outcome.attested.length, 'item')} in ${campaign.name}.`];
      if (outcome.secondStageItems.length > 0)
        parts.push(
          `${formatCountOf(outcome.secondStageItems.length, 'admin role')} now go${outcome.secondStageItems.length === 1 ? 'es' : ''} to the app owner for a second review.`,
        );
      if (outcome.flaggedRemaining > 0)
        parts.push(
          `${formatCountOf(outcome.flaggedRemaining, 'flagged item')} still wait${outcome.flaggedRemaining === 1 ? 's' : ''} for you: decide them one by one below.`,
        );
      if (outcome.privilegedRemaining > 0)
        parts.push(`${formatCountOf(outcome.privilegedRemaining, 'admin role')} left undecided: keeping them needs a justification.`);
      setIncludeAdmins(false);
      setJustification('');
      onDone(parts.join(' '));
    } catch (error) {
      setAsking(false);
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  return (
    <form className="attest-form" onSubmit={submit} aria-busy={loading} noValidate>
      <p>
        <strong>{campaign.name}</strong> ({campaign.period}), due {formatDate(campaign.dueAt)}: {formatCount(teamCampaign.undecided)} of
        your {formatCountOf(teamCampaign.assigned, 'item')} undecided. {formatCountOf(attestable, 'item')} can be kept in one action (no
        findings, no admin role);{' '}
        {flaggedUndecided > 0
          ? `${formatCountOf(flaggedUndecided, 'flagged item')} need${flaggedUndecided === 1 ? 's' : ''} a decision one by one.`
          : 'nothing is flagged.'}
      </p>
      {attestableWithJustification > 0 ? (
        <>
          <label className="checkbox-field" htmlFor={ids.include}>
            <input
              id={ids.include}
              type="checkbox"
              checked={includeAdmins}
              disabled={loading}
              onChange={(event) => setIncludeAdmins(event.target.checked)}
            />
            Also keep the {formatCountOf(attestableWithJustification, 'unflagged admin role')} (needs a justification)
          </label>
          {includeAdmins ? (
            <div className="field">
              <label htmlFor={ids.justification}>Justification for keeping the admin roles (required)</label>
              <textarea
                id={ids.justification}
                ref={justificationInput}
                rows={2}
                maxLength={2000}
                value={justification}
                disabled={loading}
                aria-required
                aria-invalid={missing || undefined}
                aria-describedby={missing ? `${ids.hint} ${ids.error}` : ids.hint}
                onChange={(event) => {
                  setJustification(event.target.value);
                  setMissing(false);
                }}
              />
              <p className="field-hint" id={ids.hint}>
                Recorded with each admin role kept, for the auditor.
              </p>
              {missing ? (
                <p className="field-error" id={ids.error}>
                  Write a justification: keeping admin roles needs one.
                </p>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
      <div className="form-actions">
        <button ref={submitButton} type="submit" className="primary" disabled={loading || count === 0}>
          {loading ? 'Attesting…' : count === 0 ? 'Nothing unflagged left to attest' : `Attest ${formatCountOf(count, 'unflagged item')}`}
        </button>
      </div>
      <ProblemCallout problem={problem} ref={problemRef} />
      {asking ? (
        <ConfirmDialog
          title={`Attest ${formatCountOf(count, 'item')} in ${campaign.name}?`}
          confirmLabel={`Keep ${formatCountOf(count, 'item')}`}
          busy={loading}
          onConfirm={() => void attestNow()}
          onCancel={stopAsking}
        >
          <p>
            {formatCountOf(count, 'item')} of your team will be <strong>kept</strong> as they are, each recorded as your attestation
            {includeAdmins ? `, ${formatCountOf(attestableWithJustification, 'admin role')} with your justification` : ''}.
          </p>
          <p>
            {flaggedUndecided > 0
              ? `The ${formatCountOf(flaggedUndecided, 'flagged item')} stay${flaggedUndecided === 1 ? 's' : ''} undecided for you to decide one by one. `
              : ''}
            You can change a decision until the campaign closes.
          </p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
