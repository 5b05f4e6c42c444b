import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState } from '../../../shared/EmptyState.js';
import { Loading } from '../../../shared/Loading.js';
import { QueryError } from '../../../shared/QueryError.js';
import { Section } from '../../../shared/Section.js';
import { usePageTitle } from '../../../shared/usePageTitle.js';
import { ADD_CAMPAIGN_SCHEDULE_MUTATION, CAMPAIGN_SCHEDULES_QUERY, REMOVE_CAMPAIGN_SCHEDULE_MUTATION } from './schedules.graphql.js';
import { ScheduleForm } from './ScheduleForm.js';

function cadenceText(s: { cadence: string; everyDays: number | null }): string {
  if (s.cadence === 'EVERY_DAYS') return `Every ${s.everyDays ?? '?'} days`;
  return s.cadence === 'QUARTERLY' ? 'Quarterly' : 'Monthly';
}

/** Recurring campaigns: what runs when, and (for admins) a form to add one. */
export function CampaignSchedulesPage() {
  usePageTitle('Recurring campaigns');
  const { data, error, loading, refetch } = useQuery(CAMPAIGN_SCHEDULES_QUERY);
  const after = { refetchQueries: [CAMPAIGN_SCHEDULES_QUERY], awaitRefetchQueries: true };
  const [add, adding] = useMutation(ADD_CAMPAIGN_SCHEDULE_MUTATION, after);
  const [remove, removing] = useMutation(REMOVE_CAMPAIGN_SCHEDULE_MUTATION, after);
  const isAdmin = data?.me.role === 'ADMIN';

  return (
    <>
      <div className="page-heading">
        <h1>Recurring campaigns</h1>
      </div>
      {error ? (
        <QueryError error={error} resource="campaign schedules" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        loading ? (
          <Loading label="campaign schedules" rows={3} />
        ) : null
      ) : (
        <>
          {data.campaignSchedules.length === 0 ? (
            <EmptyState>No recurring campaigns yet.</EmptyState>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Schedule</th>
                  <th scope="col">Runs</th>
                  <th scope="col">Next run</th>
                  <th scope="col">Last run</th>
                  {isAdmin ? (
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {data.campaignSchedules.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {s.name}
                      <div className="muted">
                        {s.nameTemplate}, due in {s.dueInDays} days, owner {s.ownerName ?? s.owner}
                      </div>
                    </td>
                    <td>{cadenceText(s)}</td>
                    <td>{s.nextRunOn}</td>
                    <td>
                      {s.lastRunOn ? `${s.lastRunOn} (${s.lastStatus ?? '?'})` : 'Not run yet'}
                      {s.lastError ? <div className="field-error">{s.lastError}</div> : null}
                    </td>
                    {isAdmin ? (
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          disabled={removing.loading}
                          onClick={() => void remove({ variables: { id: s.id } }).catch(() => undefined)}
                        >
                          Remove {s.name}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {isAdmin ? (
            <Section title="New recurring campaign">
              <ScheduleForm
                busy={adding.loading}
                viewer={data.me}
                onAdd={async (input) => {
                  await add({ variables: { input } });
                }}
              />
            </Section>
          ) : null}
        </>
      )}
    </>
  );
}
