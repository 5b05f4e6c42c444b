import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { ActionStatus, statusMessage } from './ActionStatus.js';
import { AttestTeamForm } from './AttestTeamForm.js';
import { TeamMembers } from './TeamMembers.js';
import { formatCount, formatCountOf } from '../../shared/format.js';
import { MY_TEAM_QUERY, TEAM_PAGE_SIZE } from './reviews.queries.js';
import { parseTeamUrl, teamHref, type TeamUrlFilter } from './reviewsUrl.js';
import type { MyTeamQuery, MyTeamQueryVariables } from '../../graphql/graphql.js';

/**
 * A manager's direct and indirect reports with their access, a page of people at a time, filtered
 * on the server; attest the unflagged items of the whole team at once, decide the flagged ones one by one.
 */
export function MyTeamPage() {
  usePageTitle('My team');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter = parseTeamUrl(params);
  const { data, previousData, error, loading, refetch, fetchMore } = useQuery(MY_TEAM_QUERY, { variables: teamVariables(filter) });
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  // While another filter loads, the attest form and the filters stay: they do not depend on it.
  const team = (data ?? previousData)?.myTeam;
  const people = data?.myTeam.people ?? null;
  const teamCampaign = team?.campaigns.find((candidate) => candidate.campaign.id === filter.campaignId) ?? team?.campaigns[0] ?? null;
  const campaignId = teamCampaign?.campaign.id ?? null;
  const filtered = filter.search !== null || filter.flaggedOnly;
  const go = (next: Partial<TeamUrlFilter>) => void navigate(teamHref({ ...filter, ...next }), { preventScrollReset: true });

  return (
    <>
      <div className="page-heading">
        <h1>My team</h1>
        <Link to="/my-reviews">My reviews</Link>
      </div>
      <p className="muted">Your direct and indirect reports, each one’s live accounts and roles, and what their findings suggest.</p>
      <ActionStatus message={message} />
      {error ? (
        <QueryError error={error} resource="your team" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !team ? (
        loading ? (
          <Loading label="your team" rows={6} />
        ) : null
      ) : (
        <>
          <Section title="Attest">
            {team.campaigns.length === 0 ? (
              <EmptyState>No active campaign has items about your team assigned to you.</EmptyState>
            ) : (
              <>
                {team.campaigns.length > 1 ? (
                  <div className="field team-campaign-choice">
                    <label htmlFor="team-campaign">Campaign</label>
                    <select
                      id="team-campaign"
                      value={campaignId ?? ''}
                      onChange={(event) => go({ campaignId: event.target.value || null })}
                    >
                      {team.campaigns.map((candidate) => (
                        <option key={candidate.campaign.id} value={candidate.campaign.id}>
                          {candidate.campaign.name}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                {teamCampaign ? (
                  <AttestTeamForm
                    key={teamCampaign.campaign.id}
                    teamCampaign={teamCampaign}
                    onDone={(text) => setMessage(statusMessage(text))}
                  />
                ) : null}
              </>
            )}
          </Section>

          <Section title="People" {...(people ? { count: formatCount(people.totalCount) } : {})}>
            <TeamFilters filter={filter} onChange={go} />
            {!people ? (
              <Loading label="the people in your team" rows={4} />
            ) : people.totalCount === 0 ? (
              filtered ? (
                <EmptyState action={<Link to={teamHref({ campaignId: filter.campaignId })}>Show everyone</Link>}>
                  Nobody in your team matches these filters.
                </EmptyState>
              ) : (
                <EmptyState>Nobody reports to you in HR.</EmptyState>
              )
            ) : (
              <>
                <p aria-live="polite" className="small muted">
                  {formatCountOf(
                    people.accountCount,
                    filter.flaggedOnly ? 'account with findings' : 'account',
                    filter.flaggedOnly ? 'accounts with findings' : 'accounts',
                  )}{' '}
                  across {formatCountOf(people.totalCount, 'person', 'people')}.
                </p>
                <TeamMembers
                  members={people.nodes}
                  managerPersonId={team.personId}
                  campaignId={campaignId}
                  onDecided={(text) => setMessage(statusMessage(text))}
                />
                <LoadMore
                  shown={people.nodes.length}
                  total={people.totalCount}
                  noun={people.totalCount === 1 ? 'person' : 'people'}
                  label="Show more people"
                  hasNextPage={people.pageInfo.hasNextPage}
                  onLoadMore={() =>
                    fetchMore({
                      variables: { after: people.pageInfo.endCursor },
                      updateQuery: (previous, { fetchMoreResult }) => appendPeople(previous, fetchMoreResult),
                    })
                  }
                />
              </>
            )}
          </Section>
        </>
      )}
    </>
  );
}

function teamVariables(filter: TeamUrlFilter): MyTeamQueryVariables {
  return { first: TEAM_PAGE_SIZE, flaggedOnly: filter.flaggedOnly, ...(filter.search ? { search: filter.search } : {}) };
}

function appendPeople(previous: MyTeamQuery, next: MyTeamQuery): MyTeamQuery {
  const people = { ...next.myTeam.people, nodes: [...previous.myTeam.people.nodes, ...next.myTeam.people.nodes] };
  return { ...next, myTeam: { ...next.myTeam, people } };
}

function TeamFilters({ filter, onChange }: { filter: TeamUrlFilter; onChange: (next: Partial<TeamUrlFilter>) => void }) {
  const [search, setSearch] = useState(filter.search ?? '');
  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    onChange({ search: search.trim() || null });
  }
  return (
    <form className="filters" role="search" aria-label="Filter your team" onSubmit={submit}>
      <div className="field">
        <label htmlFor="team-search">Person</label>
        <input
          id="team-search"
          type="search"
          value={search}
          placeholder="Name, email or department"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <button type="submit">Search</button>
      <label className="checkbox-field" htmlFor="team-flagged">
        <input
          id="team-flagged"
          type="checkbox"
          checked={filter.flaggedOnly}
          onChange={(event) => onChange({ flaggedOnly: event.target.checked })}
        />
        Only accounts with findings
      </label>
    </form>
  );
}
