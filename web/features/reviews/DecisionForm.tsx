import { useQuery } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from './ConfirmDialog.js';
import { REVIEW_ITEM_ROLES_QUERY } from './reviews.queries.js';
import { formatCountOf, formatDateTime } from '../../shared/format.js';
import { useDecideItems, useReloadReviewItem } from './reviews.mutations.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { ProblemCallout } from './ProblemCallout.js';
import { DECISION_LABELS } from './ReviewBadges.js';
import { accountLabel, justificationReason } from './review-item-fragment.js';
import type { DecideItemsInput, ReviewDecision, ReviewItem_ItemFragment } from '../../graphql/graphql.js';

type Field = 'decision' | 'newRole' | 'justification';

const CHOICES: readonly { value: ReviewDecision; hint: string }[] = [
  { value: 'KEEP', hint: 'The access stays as it is.' },
  { value: 'REVOKE', hint: 'The account is to be removed; the next import checks that it is gone.' },
  { value: 'MODIFY', hint: 'The account stays with another role; the next import checks the change.' },
];

interface DecisionFormProps {
  /** One item, or the selected items of a bulk decision (decided all or nothing). */
  items: readonly ReviewItem_ItemFragment[];
  /** Called with a sentence saying what was decided, for the page's status line. */
  onDecided: (message: string) => void;
  onCancel?: () => void;
}

/**
 * Keep, revoke or modify. Keeping a flagged item or an admin role needs a justification: the form
 * says so beside the field and refuses to send without one. Anything the server refuses (someone
 * decided first, your own access, an unknown role) is shown with the server's words; after a
 * CONFLICT the item is loaded again so its row shows who decided it.
 */
export function DecisionForm({ items, onDecided, onCancel }: DecisionFormProps) {
  const ids = { legend: useId(), role: useId(), roleHint: useId(), justification: useId(), justificationHint: useId(), error: useId() };
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [newRole, setNewRole] = useState('');
  const [justification, setJustification] = useState('');
  const [invalid, setInvalid] = useState<Field | null>(null);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [decide, { loading }] = useDecideItems();
  const reloadItem = useReloadReviewItem();
  const firstChoice = useRef<HTMLInputElement>(null);
  const roleInput = useRef<HTMLSelectElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState<DecideItemsInput | null>(null);
  const appIds = [...new Set(items.map((item) => item.appId))];
  const roleItem = appIds.length === 1 ? items[0] : undefined;
  const roles = useQuery(REVIEW_ITEM_ROLES_QUERY, {
    variables: { id: roleItem?.id ?? '' },
    skip: decision !== 'MODIFY' || roleItem === undefined,
  });
  const appRoles = roles.data?.reviewItem.appRoles ?? [];
  const justificationInput = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const single = items.length === 1 ? items[0] : undefined;
  const currentRoles = new Set(single?.snapshot.roles.map((role) => role.name) ?? []);
  const needing = items.filter((item) => item.keepNeedsJustification);
  const justificationRequired = decision === 'KEEP' && needing.length > 0;

  const missing: Record<Field, string> = {
    decision: 'Choose keep, revoke or modify.',
    newRole: roleItem
      ? 'Choose the role to change to.'
      : `The selected items are in ${appIds.length} apps; select items of one app to change their role.`,
    justification: single
      ? `Write a justification: keeping ${accountLabel(single)} needs one because ${justificationReason(single)}.`
      : `Write a justification: ${formatCountOf(needing.length, 'selected item')} ${needing.length === 1 ? 'is' : 'are'} flagged or hold${needing.length === 1 ? 's' : ''} an admin role, and keeping ${needing.length === 1 ? 'it' : 'them'} needs one.`,
  };

  function missingField(): Field | null {
    if (!decision) return 'decision';
    if (decision === 'MODIFY' && (!newRole.trim() || !roleItem)) return 'newRole';
    if (justificationRequired && !justification.trim()) return 'justification';
    return null;
  }

  function focusField(field: Field): void {
    const target = { decision: firstChoice, newRole: roleInput, justification: justificationInput }[field];
    target.current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    const field = missingField();
    setInvalid(field);
    setProblem(null);
    if (field || !decision) {
      if (field) focusField(field);
      return;
    }
    const input: DecideItemsInput = {
      items: items.map((item) => ({ itemId: item.id, expectedVersion: item.version })),
      decision,
      ...(justification.trim() ? { justification: justification.trim() } : {}),
      ...(decision === 'MODIFY' ? { newRole: newRole.trim() } : {}),
    };
    // Deciding several at once asks first, with the count; one item is decided (or changed) at once.
    if (items.length > 1) setAsking(input);
    else await send(input);
  }

  function stopAsking(): void {
    setAsking(null);
    submitButton.current?.focus();
  }

  async function send(input: DecideItemsInput): Promise<void> {
    const chosen = input.decision;
    try {
      const result = await decide({ variables: { input } });
      setAsking(null);
      const secondStage = result.data?.decideItems.secondStageItems.length ?? 0;
      const what = single
        ? `${DECISION_LABELS[chosen]}: ${accountLabel(single)} in ${single.appName}.`
        : `${DECISION_LABELS[chosen]}: ${formatCountOf(items.length, 'item')} decided.`;
      onDecided(
        secondStage > 0
          ? `${what} ${formatCountOf(secondStage, 'admin role')} now go${secondStage === 1 ? 'es' : ''} to the app owner for a second review.`
          : what,
      );
    } catch (error) {
      setAsking(null);
      const found = mutationProblem(error);
      setProblem(found);
      if (found.code === 'BAD_USER_INPUT' && found.field === 'justification') setInvalid('justification');
      if (found.code === 'CONFLICT' && found.itemId) void reloadItem(found.itemId);
      problemRef.current?.focus();
    }
  }

  const fieldError = (field: Field) =>
    invalid === field ? (
      <p className="field-error" id={ids.error}>
        {missing[field]}
      </p>
    ) : null;
  const describedBy = (hint: string, field: Field) => (invalid === field ? `${hint} ${ids.error}` : hint);

  return (
    <form className="decision-form" onSubmit={(event) => void submit(event)} aria-busy={loading} noValidate>
      <fieldset aria-describedby={invalid === 'decision' ? ids.error : undefined}>
        <legend id={ids.legend}>
          {single
            ? `${single.decision && single.viewerCanDecide ? 'Change the decision' : 'Decision'} on ${accountLabel(single)} in ${single.appName}`
            : `Decision on ${formatCountOf(items.length, 'selected item')}`}
        </legend>
        <div className="decision-choices">
          {CHOICES.map((choice, index) => (
            <label key={choice.value} className="decision-choice" title={choice.hint}>
              <input
                ref={index === 0 ? firstChoice : undefined}
                type="radio"
                name={`${ids.legend}-decision`}
                value={choice.value}
                checked={decision === choice.value}
                disabled={loading}
                onChange={() => {
                  setDecision(choice.value);
                  if (invalid === 'decision') setInvalid(null);
                }}
              />
              {DECISION_LABELS[choice.value]}
            </label>
          ))}
        </div>
        {fieldError('decision')}
      </fieldset>

      {decision === 'MODIFY' ? (
        <div className="field">
          <label htmlFor={ids.role}>New role</label>
          <select
            id={ids.role}
            ref={roleInput}
            value={newRole}
            disabled={loading || !roleItem || roles.loading}
            aria-invalid={invalid === 'newRole' || undefined}
            aria-describedby={describedBy(ids.roleHint, 'newRole')}
            onChange={(event) => {
              setNewRole(event.target.value);
              if (invalid === 'newRole') setInvalid(null);
            }}
          >
            <option value="">{roles.loading ? 'Loading the roles…' : 'Choose a role'}</option>
            {appRoles.map((role) => (
              <option key={role.name} value={role.name}>
                {role.name}
                {role.privilege !== 'standard' ? ` (${role.privilege})` : ''}
                {currentRoles.has(role.name) ? ', held now' : ''}
              </option>
            ))}
          </select>
          <p className="field-hint" id={ids.roleHint}>
            {!roleItem
              ? `The selected items are in ${appIds.length} apps; a role change is made for one app at a time.`
              : roles.error
                ? `The roles of ${roleItem.appName} could not be loaded; try again.`
                : `The roles ${roleItem.appName} has now${single ? ` (held now: ${single.snapshot.roles.map((role) => role.name).join(', ') || 'none'})` : ''}.`}{' '}
            Changing to an admin role needs a justification.
          </p>
          {fieldError('newRole')}
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={ids.justification}>Justification{justificationRequired ? ' (required)' : ''}</label>
        <textarea
          id={ids.justification}
          ref={justificationInput}
          rows={2}
          maxLength={2000}
          value={justification}
          disabled={loading}
          aria-required={justificationRequired}
          aria-invalid={invalid === 'justification' || undefined}
          aria-describedby={describedBy(ids.justificationHint, 'justification')}
          onChange={(event) => {
            setJustification(event.target.value);
            if (invalid === 'justification') setInvalid(null);
          }}
        />
        <p className="field-hint" id={ids.justificationHint}>
          {justificationHint(items, needing, single)}
        </p>
        {fieldError('justification')}
      </div>

      {single?.decision && single.viewerCanDecide ? (
        <p className="field-hint">
          Decided {DECISION_LABELS[single.decision]} by {single.decidedByName ?? 'someone'} on {formatDateTime(single.decidedAt)}. You can
          change it until the campaign closes; the earlier decision stays in the audit log and the evidence.
        </p>
      ) : null}
      {single && !single.viewerCanDecide ? (
        <p className="field-hint" role="status">
          {single.decision
            ? `Already decided (${DECISION_LABELS[single.decision]}) by ${single.decidedByName ?? 'someone else'} on ${formatDateTime(single.decidedAt)}.`
            : 'You cannot decide this item now.'}
        </p>
      ) : null}

      <div className="form-actions">
        <button
          ref={submitButton}
          type="submit"
          className="primary"
          disabled={loading || (single !== undefined && !single.viewerCanDecide)}
        >
          {loading
            ? 'Saving…'
            : single
              ? single.decision && single.viewerCanDecide
                ? 'Change decision'
                : 'Save decision'
              : `Decide ${formatCountOf(items.length, 'item')}`}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel} disabled={loading}>
            Cancel
          </button>
        ) : null}
      </div>

      <ProblemCallout problem={problem} ref={problemRef} />
      {asking ? (
        <BulkConfirmation input={asking} items={items} busy={loading} onConfirm={() => void send(asking)} onCancel={stopAsking} />
      ) : null}
    </form>
  );
}

function justificationHint(
  items: readonly ReviewItem_ItemFragment[],
  needing: readonly ReviewItem_ItemFragment[],
  single: ReviewItem_ItemFragment | undefined,
): string {
  if (single) {
    return single.keepNeedsJustification
      ? `Required to keep this item: ${justificationReason(single)}. Recorded with the decision for the auditor.`
      : 'Optional here; required to keep a flagged item or an admin role. Recorded with the decision for the auditor.';
  }
  if (needing.length === 0) return 'Optional for these items; required to keep a flagged item or an admin role.';
  return `Required to keep them: ${formatCountOf(needing.length, 'item')} of the ${formatCountOf(items.length, 'selected item')} ${needing.length === 1 ? 'is' : 'are'} flagged or hold${needing.length === 1 ? 's' : ''} an admin role.`;
}

const BULK_VERBS: Record<ReviewDecision, string> = { KEEP: 'Keep', REVOKE: 'Revoke', MODIFY: 'Change the role of' };

/** Asks before deciding several items at once: how many, what happens to them, and how many had a decision already. */
function BulkConfirmation({
  input,
  items,
  busy,
  onConfirm,
  onCancel,
}: {
  input: DecideItemsInput;
  items: readonly ReviewItem_ItemFragment[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const count = formatCountOf(items.length, 'item');
  const decidedBefore = items.filter((item) => item.decision !== null).length;
  const what =
    input.decision === 'KEEP'
      ? `${count} will be kept as they are.`
      : input.decision === 'REVOKE'
        ? `${count} will be revoked: each gets a remediation task, and the next imports check that the account is gone.`
        : `${count} will be changed to the role ${input.newRole ?? ''}: each gets a remediation task, and the next imports check the change.`;
  return (
    <ConfirmDialog
      title={`${BULK_VERBS[input.decision]} ${count}?`}
      confirmLabel={`${BULK_VERBS[input.decision]} ${count}`}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>{what}</p>
      {decidedBefore > 0 ? (
        <p>
          {formatCountOf(decidedBefore, 'of them', 'of them')} had a decision already: it is replaced, and the earlier one stays in the
          audit log and the evidence.
        </p>
      ) : null}
      <p>All are decided together or none is. Decisions can be changed until the campaign closes.</p>
    </ConfirmDialog>
  );
}
