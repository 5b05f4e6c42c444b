import { useId, useState, type FormEvent } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { enumLabel } from '../../shared/labels.js';
import { mutationProblem, type MutationProblem } from '../reviews/mutationProblem.js';
import { useClassifyRole } from './vocabulary.mutations.js';
import { PRIVILEGES } from './vocabulary-labels.js';
import type { Privilege, VocabularyRolesTable_RoleFragment } from '../../graphql/graphql.js';

interface ClassifyRoleFormProps {
  role: VocabularyRolesTable_RoleFragment;
  /** Called with what changed, once the list on screen shows it. */
  onClassified: (message: string) => void;
}

function privilegeWord(privilege: Privilege): string {
  return enumLabel(privilege).toLowerCase();
}

/** "Jestor: “Financeiro” is admin now (it was standard by default); 2 accounts hold it. …" */
export function classifiedMessage(appName: string, role: VocabularyRolesTable_RoleFragment): string {
  const change =
    role.privilege === role.defaultPrivilege
      ? `is confirmed as ${privilegeWord(role.privilege)}`
      : `is ${privilegeWord(role.privilege)} now (it was ${privilegeWord(role.defaultPrivilege)} by default)`;
  return `${appName}: “${role.name}” ${change}; ${formatCountOf(role.holders, 'account')} ${role.holders === 1 ? 'holds' : 'hold'} it. Findings were recomputed.`;
}

/** A privilege to choose, the inferred one first selected: confirming it as it is is a choice too. */
export function ClassifyRoleForm({ role, onClassified }: ClassifyRoleFormProps) {
  const selectId = useId();
  const problemId = useId();
  const [privilege, setPrivilege] = useState<Privilege>(role.privilege);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [classify, { loading }] = useClassifyRole();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    try {
      const result = await classify({ variables: { input: { roleId: role.id, privilege } } });
      const done = result.data?.classifyRole;
      if (done) onClassified(classifiedMessage(done.app.name, done.role));
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  }

  return (
    <form className="classify-form" onSubmit={(event) => void submit(event)} aria-busy={loading}>
      <label className="visually-hidden" htmlFor={selectId}>
        Privilege of {role.name}
      </label>
      <select
        id={selectId}
        value={privilege}
        disabled={loading}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => setPrivilege(PRIVILEGES.find((value) => value === event.target.value) ?? role.privilege)}
      >
        {PRIVILEGES.map((value) => (
          <option key={value} value={value}>
            {enumLabel(value)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={loading} aria-label={`Confirm the privilege of ${role.name}`}>
        {loading ? 'Saving…' : 'Confirm'}
      </button>
      {problem ? (
        <p className="field-error classify-problem" id={problemId} role="alert">
          Not saved. {problem.message}
        </p>
      ) : null}
    </form>
  );
}
