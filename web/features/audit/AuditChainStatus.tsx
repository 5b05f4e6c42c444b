import { graphql } from '../../graphql/index.js';
import { useId, type ReactNode } from 'react';
import { formatCountOf, formatDateTime } from '../../shared/format.js';
import type { AuditAnchorProblem, AuditChainProblem, AuditChainStatus_ChainFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment AuditChainStatus_chain on AuditChain {
    ok
    eventsChecked
    lastSeq
    lastHash
    lastAt
    firstBroken {
      seq
      eventId
      problem
      detail
    }
    anchorProblems
    anchoredSeq
  }
`);

const PROBLEM_LABELS: Record<AuditChainProblem, string> = {
  ALTERED: 'the event was changed after it was recorded',
  MISSING: 'an event is missing',
  REORDERED: 'events were put out of order',
  HEAD_MISMATCH: 'the newest events were removed',
};

const ANCHOR_PROBLEM_LABELS: Record<AuditAnchorProblem, string> = {
  MISSING_CHECKPOINTS: 'no signed checkpoint file vouches for the events',
  UNREADABLE_CHECKPOINTS: 'the checkpoint file has lines that are not checkpoints',
  MISSING_KEY: 'the public key that checks the checkpoints is missing',
  FOREIGN_KEY: 'the checkpoints are not signed by the public key',
  TRUNCATED: 'events a signed checkpoint vouched for are gone from the end of the log',
  REWRITTEN: 'an event no longer has the hash its signed checkpoint recorded',
};

const HASH_PREFIX = 12;

interface AuditChainStatusProps {
  chain: AuditChainStatus_ChainFragment | undefined;
  verifying: boolean;
  /** Shown instead of a result when verification could not run. */
  failure: ReactNode;
  onVerify: () => void;
}

/** One line at the top of the audit log: intact, or broken at #n and why, with a button to verify again. */
export function AuditChainStatus({ chain, verifying, failure, onVerify }: AuditChainStatusProps) {
  const broken = chain?.firstBroken ?? null;
  const anchorProblems = chain?.anchorProblems ?? [];
  const failed = broken !== null || anchorProblems.length > 0;
  const tone = !chain || verifying ? '' : failed ? ' callout-error' : ' callout-ok';
  const headingId = useId();
  return (
    <section className={`callout chain-status${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        Audit chain
      </h2>
      {failure ?? (
        <p role={failed && !verifying ? 'alert' : 'status'} aria-live="polite">
          {verifying || !chain ? (
            'Verifying the audit chain…'
          ) : broken ? (
            <>
              <strong>Audit chain broken at event #{broken.seq}</strong>: {PROBLEM_LABELS[broken.problem]}. {broken.detail}.
              {chain.eventsChecked > 0 ? ` The ${formatCountOf(chain.eventsChecked, 'event')} before it verify.` : ''}
            </>
          ) : anchorProblems.length > 0 ? (
            <>
              <strong>Audit log does not match its signed checkpoints</strong>:{' '}
              {anchorProblems.map((problem) => ANCHOR_PROBLEM_LABELS[problem]).join('; ')}. Run <code>attest audit verify</code> for
              details.
            </>
          ) : chain.eventsChecked === 0 ? (
            <>
              <strong>Audit chain intact</strong>: nothing has been recorded yet.
            </>
          ) : (
            <>
              <strong>Audit chain intact</strong>: {formatCountOf(chain.eventsChecked, 'event')} verified, the newest #{chain.lastSeq} at{' '}
              {formatDateTime(chain.lastAt)} (hash{' '}
              <code className="hash" title={chain.lastHash ?? ''}>
                {chain.lastHash?.slice(0, HASH_PREFIX)}
              </code>
              ){chain.anchoredSeq !== null ? `, signed checkpoint at #${chain.anchoredSeq}` : ''}.
            </>
          )}
        </p>
      )}
      <p>
        <button type="button" onClick={onVerify} disabled={verifying} aria-busy={verifying}>
          {verifying ? 'Verifying…' : 'Verify chain'}
        </button>
      </p>
    </section>
  );
}
