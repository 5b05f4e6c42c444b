import { useId, useState, type FormEvent } from 'react';
import type { AddCampaignScheduleInput, CampaignScope, ScheduleCadence } from '../../../graphql/graphql.js';
import { SCOPE_LABELS } from '../CampaignFacts.js';
import { CampaignOwnerField, ownerRef, type OwnerChoice, type OwnerViewer } from '../CampaignOwnerField.js';
import { mutationProblem, type MutationProblem } from '../mutationProblem.js';
import { ProblemCallout } from '../ProblemCallout.js';
import { CAMPAIGN_SCOPES } from '../review-enums.js';

const CADENCE_LABELS: Record<ScheduleCadence, string> = { QUARTERLY: 'Quarterly', MONTHLY: 'Monthly', EVERY_DAYS: 'Every N days' };
const CADENCES: readonly ScheduleCadence[] = ['QUARTERLY', 'MONTHLY', 'EVERY_DAYS'];

interface ScheduleFormProps {
  /** Sends the input; resolves when saved, rejects with the server's error. */
  onAdd: (input: AddCampaignScheduleInput) => Promise<void>;
  busy: boolean;
  /** Who signs in: they may own the campaigns themselves. */
  viewer: OwnerViewer;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** A campaign saved as a schedule: attest serve creates and launches one on each run date. */
export function ScheduleForm({ onAdd, busy, viewer }: ScheduleFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [template, setTemplate] = useState('{period} access review');
  const [cadence, setCadence] = useState<ScheduleCadence>('QUARTERLY');
  const [everyDays, setEveryDays] = useState('30');
  const [firstRunOn, setFirstRunOn] = useState('');
  const [scope, setScope] = useState<CampaignScope>('PRIVILEGED');
  const [apps, setApps] = useState('');
  const [dueInDays, setDueInDays] = useState('30');
  const [ownerChoice, setOwnerChoice] = useState<OwnerChoice>({ kind: 'person', person: null });
  const owner = ownerRef(ownerChoice, viewer);
  const [problem, setProblem] = useState<MutationProblem | string | null>(null);

  function firstProblem(): string | null {
    if (!name.trim()) return 'Give the schedule a name.';
    if (!template.includes('{period}') && !template.includes('{date}')) return 'The campaign name needs {period} or {date}.';
    if (cadence === 'EVERY_DAYS' && wholeNumber(everyDays, 1, 366) === null) return 'Every N days must be a whole number from 1 to 366.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(firstRunOn)) return 'Choose the first run date.';
    if (scope === 'APPS' && !apps.trim()) return 'Name at least one app to review.';
    if (wholeNumber(dueInDays, 1, 365) === null) return 'Due in days must be a whole number from 1 to 365.';
    if (!owner) return 'Choose the campaign owner from the matches: they review accounts nobody in HR owns.';
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (busy) return;
    const found = firstProblem();
    setProblem(found);
    if (found) return;
    const input: AddCampaignScheduleInput = {
      name: name.trim(),
      nameTemplate: template.trim(),
      cadence,
      ...(cadence === 'EVERY_DAYS' ? { everyDays: Number(everyDays) } : {}),
      firstRunOn,
      scope,
      ...(scope === 'APPS'
        ? {
            apps: apps
              .split(',')
              .map((a) => a.trim())
              .filter(Boolean),
          }
        : {}),
      dueInDays: Number(dueInDays),
      owner: owner ?? '',
    };
    try {
      await onAdd(input);
      setName('');
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  }

  return (
    <form className="campaign-form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Schedule name</label>
          <input id={`${id}-name`} type="text" maxLength={200} value={name} disabled={busy} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-template`}>Campaign name</label>
          <input
            id={`${id}-template`}
            type="text"
            maxLength={150}
            value={template}
            disabled={busy}
            aria-describedby={`${id}-template-hint`}
            onChange={(e) => setTemplate(e.target.value)}
          />
          <p className="field-hint" id={`${id}-template-hint`}>
            {'{period}'} becomes 2026-Q4 (quarterly) or 2026-11; {'{date}'} the run date.
          </p>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-cadence`}>Runs</label>
          <select
            id={`${id}-cadence`}
            value={cadence}
            disabled={busy}
            onChange={(e) => setCadence(CADENCES.find((c) => c === e.target.value) ?? 'QUARTERLY')}
          >
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {CADENCE_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        {cadence === 'EVERY_DAYS' ? (
          <div className="field">
            <label htmlFor={`${id}-every`}>Every (days)</label>
            <input
              id={`${id}-every`}
              type="number"
              min={1}
              max={366}
              value={everyDays}
              disabled={busy}
              onChange={(e) => setEveryDays(e.target.value)}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-first`}>First run</label>
          <input id={`${id}-first`} type="date" value={firstRunOn} disabled={busy} onChange={(e) => setFirstRunOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due in (days)</label>
          <input
            id={`${id}-due`}
            type="number"
            min={1}
            max={365}
            value={dueInDays}
            disabled={busy}
            onChange={(e) => setDueInDays(e.target.value)}
          />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-scope`}>Scope</label>
          <select
            id={`${id}-scope`}
            value={scope}
            disabled={busy}
            onChange={(e) => setScope(CAMPAIGN_SCOPES.find((s) => s === e.target.value) ?? 'PRIVILEGED')}
          >
            {CAMPAIGN_SCOPES.map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABELS[s].label}
              </option>
            ))}
          </select>
        </div>
        {scope === 'APPS' ? (
          <div className="field">
            <label htmlFor={`${id}-apps`}>Apps (names, comma-separated)</label>
            <input id={`${id}-apps`} type="text" value={apps} disabled={busy} onChange={(e) => setApps(e.target.value)} />
          </div>
        ) : null}
      </div>
      <CampaignOwnerField viewer={viewer} value={ownerChoice} onChange={setOwnerChoice} disabled={busy} error={null} />
      {typeof problem === 'string' ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : (
        <ProblemCallout problem={problem} />
      )}
      <button type="submit" className="primary" disabled={busy}>
        Save schedule
      </button>
    </form>
  );
}
