import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatCountOf } from '../../shared/format.js';
import { CAMPAIGN_SCOPES } from './review-enums.js';
import { SCOPE_LABELS } from './CampaignFacts.js';
import { mutationProblem, type MutationProblem } from './mutationProblem.js';
import { CampaignOwnerField, ownerRef, type OwnerChoice, type OwnerViewer } from './CampaignOwnerField.js';
import { ProblemCallout } from './ProblemCallout.js';
import type { CampaignScope, CreateCampaignInput } from '../../graphql/graphql.js';

type Field = 'name' | 'period' | 'apps' | 'dueAt' | 'owner' | 'remediationDays';

const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$/;

interface CampaignFormProps {
  apps: readonly { id: string; name: string }[];
  /** Sends the input; resolves when created (the page moves on), rejects with the server's error. */
  onCreate: (input: CreateCampaignInput) => Promise<void>;
  busy: boolean;
  /** The admin filling the form in, who may own the campaign themselves. */
  viewer: OwnerViewer;
}

/** A new draft campaign: name, period, scope, due date, owner, optional second stage. */
export function CampaignForm({ apps, onCreate, busy, viewer }: CampaignFormProps) {
  const ids = {
    name: useId(),
    period: useId(),
    periodHint: useId(),
    apps: useId(),
    dueAt: useId(),
    dueHint: useId(),
    secondStage: useId(),
    remediation: useId(),
    remediationHint: useId(),
    error: useId(),
  };
  const [name, setName] = useState('');
  const [period, setPeriod] = useState('');
  const [scope, setScope] = useState<CampaignScope>('APPS');
  const [chosenApps, setChosenApps] = useState<ReadonlySet<string>>(new Set());
  const [dueAt, setDueAt] = useState('');
  const [ownerChoice, setOwnerChoice] = useState<OwnerChoice>({ kind: 'person', person: null });
  const owner = ownerRef(ownerChoice, viewer);
  const [secondStage, setSecondStage] = useState(false);
  const [remediationDays, setRemediationDays] = useState('14');
  const [invalid, setInvalid] = useState<{ field: Field; message: string } | null>(null);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const periodRef = useRef<HTMLInputElement>(null);
  const appsRef = useRef<HTMLInputElement>(null);
  const dueAtRef = useRef<HTMLInputElement>(null);
  const ownerInputRef = useRef<HTMLInputElement>(null);
  const remediationDaysRef = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  // Where focus goes after a refusal: the field at fault, else the server's problem. A new object per
  // refusal, so the same field refused twice is focused twice.
  const [focusRequest, setFocusRequest] = useState<{ target: Field | 'problem' } | null>(null);
  // The fields are disabled while the request runs: focus moves once they are enabled again.
  useEffect(() => {
    if (busy || !focusRequest) return;
    const { target } = focusRequest;
    const fields = {
      name: nameRef,
      period: periodRef,
      apps: appsRef,
      dueAt: dueAtRef,
      owner: ownerInputRef,
      remediationDays: remediationDaysRef,
    };
    // The owner's search box is not there when "Me" is chosen: the server's problem takes focus.
    ((target === 'problem' ? null : fields[target].current) ?? problemRef.current)?.focus();
  }, [busy, focusRequest]);

  function firstProblem(): { field: Field; message: string } | null {
    if (!name.trim()) return { field: 'name', message: 'Give the campaign a name.' };
    if (!PERIOD.test(period.trim())) return { field: 'period', message: 'Write the period as 2026-Q4, 2026-H2, 2026-11 or 2026.' };
    if (scope === 'APPS' && chosenApps.size === 0) return { field: 'apps', message: 'Choose at least one app to review.' };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueAt)) return { field: 'dueAt', message: 'Choose the due date.' };
    if (!owner) return { field: 'owner', message: 'Choose the campaign owner from the matches: they review accounts nobody in HR owns.' };
    const days = Number(remediationDays);
    if (!Number.isInteger(days) || days < 1 || days > 365)
      return { field: 'remediationDays', message: 'Remediation days must be a whole number from 1 to 365.' };
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setProblem(null);
    const found = firstProblem();
    setInvalid(found);
    setFocusRequest(found ? { target: found.field } : null);
    if (found) return;
    const input: CreateCampaignInput = {
      name: name.trim(),
      period: period.trim(),
      scope,
      ...(scope === 'APPS' ? { apps: apps.filter((app) => chosenApps.has(app.id)).map((app) => app.id) } : {}),
      dueAt,
      owner: owner ?? '',
      secondStage,
      remediationDays: Number(remediationDays),
    };
    try {
      await onCreate(input);
    } catch (error) {
      const refused = mutationProblem(error);
      setProblem(refused);
      const field = fieldOf(refused.field);
      if (field) setInvalid({ field, message: refused.message });
      setFocusRequest({ target: field ?? 'problem' });
    }
  }

  const errorFor = (field: Field) =>
    invalid?.field === field ? (
      <p className="field-error" id={ids.error}>
        {invalid.message}
      </p>
    ) : null;
  const describedBy = (field: Field, hint?: string) =>
    [hint, invalid?.field === field ? ids.error : undefined].filter(Boolean).join(' ') || undefined;
  const clear = (field: Field) => {
    if (invalid?.field === field) setInvalid(null);
  };

  return (
    <form className="campaign-form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input
            id={ids.name}
            ref={nameRef}
            type="text"
            maxLength={200}
            value={name}
            disabled={busy}
            aria-invalid={invalid?.field === 'name' || undefined}
            aria-describedby={describedBy('name')}
            onChange={(event) => {
              setName(event.target.value);
              clear('name');
            }}
          />
          {errorFor('name')}
        </div>
        <div className="field">
          <label htmlFor={ids.period}>Period</label>
          <input
            id={ids.period}
            ref={periodRef}
            type="text"
            maxLength={20}
            placeholder="2026-Q4"
            value={period}
            disabled={busy}
            aria-invalid={invalid?.field === 'period' || undefined}
            aria-describedby={describedBy('period', ids.periodHint)}
            onChange={(event) => {
              setPeriod(event.target.value);
              clear('period');
            }}
          />
          <p className="field-hint" id={ids.periodHint}>
            A quarter (2026-Q4), half (2026-H2), month (2026-11) or year (2026).
          </p>
          {errorFor('period')}
        </div>
      </div>

      <fieldset className="scope-choices">
        <legend>Scope: which accounts are reviewed</legend>
        {CAMPAIGN_SCOPES.map((value) => (
          <label key={value} className="scope-choice">
            <input
              type="radio"
              name={`${ids.apps}-scope`}
              value={value}
              checked={scope === value}
              disabled={busy}
              onChange={() => setScope(value)}
            />
            <span>
              <strong>{SCOPE_LABELS[value].label}</strong>
              <span className="field-hint"> {SCOPE_LABELS[value].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {scope === 'APPS' ? (
        <fieldset className="app-choices" aria-describedby={describedBy('apps')}>
          <legend>Apps to review ({formatCountOf(chosenApps.size, 'chosen', 'chosen')})</legend>
          {apps.length === 0 ? <p className="muted">No apps have been imported yet.</p> : null}
          <div className="app-choice-list">
            {apps.map((app, index) => (
              <label key={app.id}>
                <input
                  ref={index === 0 ? appsRef : undefined}
                  type="checkbox"
                  checked={chosenApps.has(app.id)}
                  disabled={busy}
                  onChange={() => {
                    const next = new Set(chosenApps);
                    if (next.has(app.id)) next.delete(app.id);
                    else next.add(app.id);
                    setChosenApps(next);
                    clear('apps');
                  }}
                />
                {app.name}
              </label>
            ))}
          </div>
          {errorFor('apps')}
        </fieldset>
      ) : null}

      <div className="field-row">
        <div className="field">
          <label htmlFor={ids.dueAt}>Due date</label>
          <input
            id={ids.dueAt}
            ref={dueAtRef}
            type="date"
            value={dueAt}
            disabled={busy}
            aria-invalid={invalid?.field === 'dueAt' || undefined}
            aria-describedby={describedBy('dueAt', ids.dueHint)}
            onChange={(event) => {
              setDueAt(event.target.value);
              clear('dueAt');
            }}
          />
          <p className="field-hint" id={ids.dueHint}>
            End of that day, UTC. Undecided items then go to the reviewer’s manager.
          </p>
          {errorFor('dueAt')}
        </div>
      </div>
      <CampaignOwnerField
        viewer={viewer}
        value={ownerChoice}
        onChange={(choice) => {
          setOwnerChoice(choice);
          clear('owner');
        }}
        disabled={busy}
        error={invalid?.field === 'owner' ? invalid.message : null}
        inputRef={ownerInputRef}
      />
      {ownerChoice.kind === 'me' ? errorFor('owner') : null}

      <div className="callout reviewer-rule">
        <p>
          <strong>Who reviews each account.</strong> The manager of the account’s owner in HR; when there is none (or it is the owner
          themself), the app’s owner; for accounts nobody in HR owns, the campaign owner. Nobody reviews their own access: such items wait
          for an admin to reassign them.
        </p>
      </div>

      <div className="field-row">
        <label className="checkbox-field" htmlFor={ids.secondStage}>
          <input
            id={ids.secondStage}
            type="checkbox"
            checked={secondStage}
            disabled={busy}
            onChange={(event) => setSecondStage(event.target.checked)}
          />
          Second stage: app owners re-review every admin role kept in the first stage
        </label>
        <div className="field">
          <label htmlFor={ids.remediation}>Days to carry out a revoke</label>
          <input
            id={ids.remediation}
            ref={remediationDaysRef}
            type="number"
            min={1}
            max={365}
            value={remediationDays}
            disabled={busy}
            aria-invalid={invalid?.field === 'remediationDays' || undefined}
            aria-describedby={describedBy('remediationDays', ids.remediationHint)}
            onChange={(event) => {
              setRemediationDays(event.target.value);
              clear('remediationDays');
            }}
          />
          <p className="field-hint" id={ids.remediationHint}>
            After a revoke or role change, an import must show it done within this many days.
          </p>
          {errorFor('remediationDays')}
        </div>
      </div>

      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create draft campaign'}
        </button>
      </div>
      <ProblemCallout problem={problem} ref={problemRef} />
    </form>
  );
}

/** The form field a server error names (`extensions.field`, e.g. "input.dueAt" or "dueAt"). */
function fieldOf(serverField: string | null): Field | null {
  const last = serverField?.split('.').pop() ?? '';
  const known: readonly Field[] = ['name', 'period', 'apps', 'dueAt', 'owner', 'remediationDays'];
  return known.find((field) => field === last) ?? null;
}
