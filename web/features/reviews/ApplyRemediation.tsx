import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { formatDateTime } from '../../shared/format.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { mutationProblem } from './mutationProblem.js';
import { APPLY_REMEDIATION_MUTATION, REMEDIATION_APPLY_QUERY } from './remediation-apply.graphql.js';

/**
 * On a revoke's open remediation task, for admins: the vendor's last answer to "apply", and an
 * "Apply via <connection>" button that asks first, naming the account and the app. The task stays
 * open after apply: the next import verifies it.
 */
export function ApplyRemediation({ itemId, onDone }: { itemId: string; onDone: (message: string) => void }) {
  const { data, refetch } = useQuery(REMEDIATION_APPLY_QUERY, { variables: { id: itemId } });
  const [apply, { loading }] = useMutation(APPLY_REMEDIATION_MUTATION);
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const state = data?.reviewItem?.remediationApply;
  if (!state) return null;

  const close = () => {
    setAsking(false);
    opener.current?.focus();
  };
  const confirm = async () => {
    setProblem(null);
    try {
      const result = await apply({ variables: { itemId } });
      const answer = result.data?.applyRemediation;
      await refetch();
      close();
      onDone(
        answer?.ok
          ? `${answer.outcome ?? 'Applied'}. The task stays open until the next import of ${state.appName} shows it.`
          : `Apply failed: ${answer?.outcome ?? 'no answer'}`,
      );
    } catch (error) {
      setProblem(mutationProblem(error).message);
    }
  };

  return (
    <>
      {state.appliedAt ? (
        <span className={`small review-sub${state.ok ? ' muted' : ' warn-text'}`}>
          {state.ok ? 'Applied' : 'Apply failed'} via {state.appliedVia}, {formatDateTime(state.appliedAt)}
          {state.appliedByName ? ` by ${state.appliedByName}` : ''}: {state.outcome}
          {state.httpStatus === null ? '' : ` (HTTP ${state.httpStatus})`}
        </span>
      ) : null}
      {state.offeredVia ? (
        <button type="button" ref={opener} className="small" onClick={() => setAsking(true)}>
          {state.appliedAt && !state.ok ? 'Retry' : 'Apply'} via {state.offeredVia}
        </button>
      ) : null}
      {asking && state.offeredVia ? (
        <ConfirmDialog
          title={`Deprovision ${state.account} in ${state.appName}?`}
          confirmLabel={`Apply via ${state.offeredVia}`}
          busy={loading}
          onConfirm={() => void confirm()}
          onCancel={close}
        >
          <p>
            Attest will ask {state.offeredVia} to {state.action}. The remediation task stays open until the next import of {state.appName}{' '}
            shows the account gone.
          </p>
          {problem ? <p className="warn-text">{problem}</p> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
