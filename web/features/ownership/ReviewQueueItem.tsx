import { useId, useRef, useState } from 'react';
import { PersonLink } from '../../shared/PersonLink.js';
import { enumLabel } from '../../shared/labels.js';
import type { ReviewQueuePageQuery } from '../../graphql/graphql.js';
import { mutationProblem, type MutationProblem } from '../reviews/mutationProblem.js';
import { ProblemCallout } from '../reviews/ProblemCallout.js';
import { useLinkOwner, useUnlinkOwner } from './ownership.mutations.js';
import { ownershipMessage } from './ownershipMessage.js';

type QueueItem = ReviewQueuePageQuery['reviewQueue']['nodes'][number];

/** One ambiguous record: why, then every candidate with what agrees, one button each, and "neither". */
export function ReviewQueueItem({ item, onDone }: { item: QueueItem; onDone: (message: string) => void }) {
  const titleId = useId();
  const [link, linking] = useLinkOwner();
  const [unlink, unlinking] = useUnlinkOwner();
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const busy = linking.loading || unlinking.loading;
  const { record } = item;
  const what = record.appName ? `${record.appName} account` : 'IdP identity';
  const candidates = item.candidateDetails;
  const neither = candidates.length === 2 ? 'Neither' : 'None of them';

  async function run(action: () => Promise<string>): Promise<void> {
    if (busy) return;
    setProblem(null);
    try {
      onDone(await action());
    } catch (error) {
      setProblem(mutationProblem(error));
      problemRef.current?.focus();
    }
  }

  const choose = (personId: string) =>
    run(async () => {
      const result = await link({ variables: { input: { recordId: record.id, personId, note: 'Chosen in the review queue' } } });
      return result.data ? ownershipMessage(result.data.linkOwner) : '';
    });
  const chooseNobody = () =>
    run(async () => {
      const result = await unlink({ variables: { input: { recordId: record.id, note: 'None of the candidates, in the review queue' } } });
      return result.data ? ownershipMessage(result.data.unlinkOwner) : '';
    });

  return (
    <li className="review-queue-item">
      <section aria-labelledby={titleId} aria-busy={busy}>
        <h2 id={titleId}>
          <span className="wrap-anywhere">{record.label}</span> <span className="muted small">{what}</span>
        </h2>
        {item.displayName ? <p className="small">Display name in the source: “{item.displayName}”</p> : null}
        <p className="small">{item.reason}</p>
        <ul className="candidates" aria-label={`Candidates for ${record.label}`}>
          {candidates.map((candidate) => (
            <li key={candidate.person.id} className="candidate">
              <h3>
                <PersonLink person={candidate.person} />
              </h3>
              <dl>
                <dt>Email</dt>
                <dd className="wrap-anywhere">{candidate.person.email}</dd>
                <dt>Employee id</dt>
                <dd>{candidate.employeeId ?? '—'}</dd>
                <dt>Title</dt>
                <dd>{candidate.title ?? '—'}</dd>
                <dt>Department</dt>
                <dd>{candidate.department ?? '—'}</dd>
                <dt>HR status</dt>
                <dd>{enumLabel(candidate.person.status)}</dd>
              </dl>
              <p className="small">Matched on:</p>
              {candidate.matchedOn.length > 0 ? (
                <ul className="small">
                  {candidate.matchedOn.map((fact) => (
                    <li key={fact}>{fact}</li>
                  ))}
                </ul>
              ) : (
                <p className="small muted">The rule named in the reason above.</p>
              )}
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-label={`It is ${candidate.person.displayName}’s: ${record.label}`}
                onClick={() => void choose(candidate.person.id)}
              >
                It is {candidate.person.displayName}’s
              </button>
            </li>
          ))}
        </ul>
        <div className="form-actions">
          <button
            type="button"
            disabled={busy}
            aria-label={`${neither}: nobody in HR owns ${record.label}`}
            onClick={() => void chooseNobody()}
          >
            {neither}: nobody in HR
          </button>
        </div>
        <ProblemCallout problem={problem} ref={problemRef} />
      </section>
    </li>
  );
}
