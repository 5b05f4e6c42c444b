import type { Ref } from 'react';
import type { MutationProblem } from './mutationProblem.js';

/** What the server refused, in its words; focusable so the form can move focus to it. */
export function ProblemCallout({ problem, ref }: { problem: MutationProblem | null; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} tabIndex={-1} className="decision-problem">
      {problem ? (
        <p className="callout callout-error" role="alert">
          <strong>{problem.code === 'CONFLICT' ? 'Someone else got there first. ' : 'Not saved. '}</strong>
          {problem.message}
          {problem.code === 'CONFLICT' ? ' The item was loaded again; nothing of yours was saved.' : ''}
        </p>
      ) : null}
    </div>
  );
}
