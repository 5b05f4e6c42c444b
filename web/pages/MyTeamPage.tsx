import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../components/EmptyState.js';
import { Loading } from '../components/Loading.js';
import { QueryError } from '../components/QueryError.js';
import { Section } from '../components/Section.js';
import { usePageTitle } from '../components/usePageTitle.js';
import { ActionStatus, statusMessage } from '../components/reviews/ActionStatus.js';
import { AttestTeamForm } from '../components/reviews/AttestTeamForm.js';
import { TeamMembers } from '../components/reviews/TeamMembers.js';
import type { TeamMember_member } from '../components/reviews/team-fragments.js';
import { formatCount, formatCountOf } from '../format.js';
import { MY_TEAM_QUERY } from '../graphql/reviews.js';
import { parseTeamUrl, teamHref, type TeamUrlFilter } from '../reviewsUrl.js';

/** A manager's direct and indirect reports with their access; attest the unflagged items at once, decide the flagged ones one by one. */
export function MyTeamPage() {
  usePageTitle('My team');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter = parseTeamUrl(params);
  const { data, error, loading, refetch } = useQuery(MY_TEAM_QUERY);
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const team = data?.myTeam;
  const teamCampaign = team?.campaigns.find((candidate) => candidate.campaign.id === filter.campaignId) ?? team?.campaigns[0] ?? null;
  const campaignId = teamCampaign?.campaign.id ?? null;
  const members = team ? visibleMembers(team.members, filter, campaignId) : [];
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
        loading ? <Loading label="your team" rows={6} /> : null
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
                    <select id="team-campaign" value={campaignId ?? ''} onChange={(event) => go({ campaignId: event.target.value || null })}>
                      {team.campaigns.map((candidate) => (
                        <option key={candidate.campaign.id} value={candidate.campaign.id}>
                          {candidate.campaign.name}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                {teamCampaign ? <AttestTeamForm key={teamCampaign.campaign.id} teamCampaign={teamCampaign} onDone={(text) => setMessage(statusMessage(text))} /> : null}
              </>
            )}
          </Section>

          <Section title="People" count={`${formatCount(members.length)} of ${formatCount(team.members.length)}`}>
            <TeamFilters filter={filter} onChange={go} />
            {team.members.length === 0 ? (
              <EmptyState>Nobody reports to you in HR.</EmptyState>
            ) : members.length === 0 ? (
              <EmptyState action={<Link to={teamHref({ campaignId: filter.campaignId })}>Show everyone</Link>}>Nobody in your team matches these filters.</EmptyState>
            ) : (
              <>
                <p aria-live="polite" className="small muted">
                  {formatCountOf(members.reduce((sum, member) => sum + member.accounts.length, 0), 'account')} shown.
                </p>
                <TeamMembers members={members} managerPersonId={team.personId} campaignId={campaignId} onDecided={(text) => setMessage(statusMessage(text))} />
              </>
            )}
          </Section>
        </>
      )}
    </>
  );
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
        <input id="team-search" type="search" value={search} placeholder="Name, email or department" onChange={(event) => setSearch(event.target.value)} />
      </div>
      <button type="submit">Search</button>
      <label className="checkbox-field" htmlFor="team-flagged">
        <input id="team-flagged" type="checkbox" checked={filter.flaggedOnly} onChange={(event) => onChange({ flaggedOnly: event.target.checked })} />
        Only accounts with findings
      </label>
    </form>
  );
}

/** Members matching the search, with only their flagged accounts when asked; people left without accounts by that filter are hidden. */
function visibleMembers(members: readonly TeamMember_member[], filter: TeamUrlFilter, campaignId: string | null): TeamMember_member[] {
  const needle = filter.search?.toLowerCase() ?? null;
  const result: TeamMember_member[] = [];
  for (const member of members) {
    if (needle && ![member.displayName, member.email, member.department ?? ''].some((text) => text.toLowerCase().includes(needle))) continue;
    if (!filter.flaggedOnly) {
      result.push(member);
      continue;
    }
    const accounts = member.accounts.filter((account) => account.findings.length > 0 || account.reviewItems.some((item) => item.campaign.id === campaignId && item.flagged));
    if (accounts.length > 0) result.push({ ...member, accounts });
  }
  return result;
}
