import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import type { ConnectionsQuery, TestConnectionMutation } from '../../graphql/graphql.js';
import { formatDateTime } from '../../shared/format.js';
import { mutationProblem, type MutationProblem } from '../reviews/mutationProblem.js';
import {
  CONNECTIONS_QUERY,
  REMOVE_CONNECTION_MUTATION,
  SCHEDULE_CHOICES,
  scheduleLabel,
  SET_CONNECTION_SCHEDULE_MUTATION,
  SYNC_CONNECTION_MUTATION,
  TEST_CONNECTION_MUTATION,
} from './connections.queries.js';
import { RunStatusBadge } from './RunStatusBadge.js';

export type ConnectionItem = ConnectionsQuery['connections'][number];
type Checks = TestConnectionMutation['testConnection'];

const COLUMNS = 7;

interface ConnectionRowProps {
  connection: ConnectionItem;
  /** Admins test, sync, reschedule and remove; others only read. */
  canChange: boolean;
}

/** One connection with its last run (or the running sync's progress) and, for admins, what can be done with it. */
export function ConnectionRow({ connection, canChange }: ConnectionRowProps) {
  const scheduleId = useId();
  const [checks, setChecks] = useState<Checks | null>(null);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [confirming, setConfirming] = useState(false);
  const refetch = { refetchQueries: [CONNECTIONS_QUERY], awaitRefetchQueries: true };
  const [test, testing] = useMutation(TEST_CONNECTION_MUTATION);
  const [sync, starting] = useMutation(SYNC_CONNECTION_MUTATION, refetch);
  const [schedule, rescheduling] = useMutation(SET_CONNECTION_SCHEDULE_MUTATION, refetch);
  const [remove, removing] = useMutation(REMOVE_CONNECTION_MUTATION, refetch);
  const busy = testing.loading || starting.loading || rescheduling.loading || removing.loading;
  const name = connection.name;

  async function act(work: () => Promise<unknown>): Promise<void> {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  }

  const runTest = () =>
    act(async () => {
      setChecks(null);
      const result = await test({ variables: { name } });
      setChecks(result.data?.testConnection ?? null);
    });
  // The refetch shows it running, and the section polls from there until it is done.
  const runSync = () => act(() => sync({ variables: { name } }));
  const reschedule = (everyMinutes: number) => act(() => schedule({ variables: { name, everyMinutes } }));
  const removeIt = () => act(() => remove({ variables: { name } }));
  const choices = SCHEDULE_CHOICES.some((c) => c.minutes === connection.everyMinutes)
    ? SCHEDULE_CHOICES
    : [...SCHEDULE_CHOICES, { minutes: connection.everyMinutes, label: scheduleLabel(connection.everyMinutes) }];

  return (
    <>
      <tr>
        <td>{connection.kindLabel}</td>
        <th scope="row">
          <span className="wrap-anywhere">{name}</span>
        </th>
        <td>
          <span className="wrap-anywhere">{connection.baseUrl}</span>
          {connection.org ? <span className="muted small"> · {connection.org}</span> : null}
        </td>
        <td>
          {canChange ? (
            <>
              <label className="visually-hidden" htmlFor={scheduleId}>
                Schedule of {name}
              </label>
              <select
                id={scheduleId}
                value={connection.everyMinutes}
                disabled={busy}
                onChange={(event) => void reschedule(Number(event.target.value))}
              >
                {choices.map((choice) => (
                  <option key={choice.minutes} value={choice.minutes}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </>
          ) : (
            scheduleLabel(connection.everyMinutes)
          )}
        </td>
        <td>
          {connection.running ? (
            <span role="status" aria-label={`Sync of ${name}`}>
              <span className="badge tone-neutral">Running</span> <span className="muted">{connection.progress ?? 'starting…'}</span>
            </span>
          ) : connection.lastRunAt ? (
            <>
              <RunStatusBadge status={connection.lastStatus ?? ''} /> {formatDateTime(connection.lastRunAt)}
              {connection.lastMessage ? <div className="muted wrap-anywhere">{connection.lastMessage}</div> : null}
            </>
          ) : (
            <span className="muted">Never synced</span>
          )}
        </td>
        <td>{connection.nextRunAt ? formatDateTime(connection.nextRunAt) : <span className="muted">At the next check</span>}</td>
        {canChange ? (
          <td>
            <div className="form-actions">
              <button type="button" disabled={busy} aria-label={`Test ${name}`} onClick={() => void runTest()}>
                {testing.loading ? 'Testing…' : 'Test'}
              </button>
              <button type="button" disabled={busy || connection.running} aria-label={`Sync ${name} now`} onClick={() => void runSync()}>
                {connection.running ? 'Syncing…' : 'Sync now'}
              </button>
              <button type="button" disabled={busy || connection.running} aria-label={`Remove ${name}`} onClick={() => setConfirming(true)}>
                Remove
              </button>
            </div>
          </td>
        ) : null}
      </tr>
      {confirming ? (
        <tr>
          <td colSpan={COLUMNS}>
            <div className="callout" role="alertdialog" aria-label={`Remove ${name}?`}>
              <p>Remove the connection “{name}” and its stored credential? What it imported stays until another source says otherwise.</p>
              <div className="form-actions">
                <button type="button" className="primary" disabled={busy} onClick={() => void removeIt().then(() => setConfirming(false))}>
                  Remove “{name}”
                </button>
                <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </div>
            </div>
          </td>
        </tr>
      ) : null}
      {checks ? (
        <tr>
          <td colSpan={COLUMNS}>
            <TestResult name={name} checks={checks} />
          </td>
        </tr>
      ) : null}
      {problem ? (
        <tr>
          <td colSpan={COLUMNS}>
            <p className="field-error" role="alert">
              {name}: {problem.message}
            </p>
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** What `testConnection` found: each permission ok or missing, and why. */
function TestResult({ name, checks }: { name: string; checks: Checks }) {
  const missing = checks.filter((check) => !check.ok).length;
  return (
    <div className={`callout ${missing ? 'callout-error' : 'callout-ok'}`} role="status" aria-label={`Test of ${name}`}>
      <p>
        {missing
          ? `${name}: ${missing} of ${checks.length} permissions missing; grant them and test again.`
          : `${name}: the credential is accepted and can read everything Attest pulls.`}
      </p>
      <ul>
        {checks.map((check) => (
          <li key={check.permission}>
            <span className={`badge ${check.ok ? 'tone-ok' : 'tone-bad'}`}>{check.ok ? 'OK' : 'Missing'}</span>{' '}
            <code>{check.permission}</code>
            {check.problem ? <span className="muted">: {check.problem}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
