import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { Section } from '../../shared/Section.js';
import { StatCard } from '../../shared/StatCard.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { ActionStatus, statusMessage } from './ActionStatus.js';
import { BurndownChart } from './BurndownChart.js';
import { EscalateOverdueButton, LaunchCampaignButton } from './CampaignActions.js';
import { CampaignFacts } from './CampaignFacts.js';
import { CampaignItems } from './CampaignItems.js';
import { CampaignMessages } from './CampaignMessages.js';
import { CloseCampaignForm } from './CloseCampaignForm.js';
import { EvidenceLinks } from './EvidenceLinks.js';
import { ItemFilters } from './ItemFilters.js';
import { OverdueList } from './OverdueList.js';
import { AppProgressTable } from './ProgressBars.js';
import { ReviewerProgressSection } from './ReviewerProgressSection.js';
import { CampaignStatusBadge } from './ReviewBadges.js';
import { ReviewItemsTable } from './ReviewItemsTable.js';
import { formatCount, formatPercent } from '../../shared/format.js';
import { CAMPAIGN_PAGE_QUERY, REVOKED_ITEMS_SHOWN } from './reviews.queries.js';
import { parseCampaignItemsUrl } from './reviewsUrl.js';
import { useCampaignReviewers } from './useCampaignReviewers.js';
import type { CampaignPageQuery } from '../../graphql/graphql.js';

type LoadedCampaign = NonNullable<CampaignPageQuery['campaign']>;

/** One campaign: its facts, progress per reviewer and app, burndown, who is overdue, remediation, decisions and evidence. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(CAMPAIGN_PAGE_QUERY, { variables: { id } });
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const campaign = data?.campaign;
  usePageTitle(campaign?.name ?? 'Campaign');
  const announce = (text: string) => setMessage(statusMessage(text));

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/reviews">Access reviews</Link>
      </nav>
      {error ? (
        <>
          <h1>Campaign</h1>
          <QueryError
            error={error}
            resource="campaign"
            onRetry={() => void refetch().catch(() => undefined)}
            backTo={{ href: '/reviews', label: 'All campaigns' }}
          />
        </>
      ) : !data ? (
        <>
          <h1>Campaign</h1>
          {loading ? <Loading label="the campaign" rows={8} /> : null}
        </>
      ) : !campaign ? (
        <>
          <h1>Campaign not found</h1>
          <EmptyState action={<Link to="/reviews">All campaigns</Link>}>There is no campaign with the id “{id}”.</EmptyState>
        </>
      ) : (
        <CampaignContent campaign={campaign} isAdmin={data.me.role === 'ADMIN'} message={message} announce={announce} />
      )}
    </>
  );
}

interface CampaignContentProps {
  campaign: LoadedCampaign;
  isAdmin: boolean;
  message: { text: string; at: number } | null;
  announce: (text: string) => void;
}

function CampaignContent({ campaign, isAdmin, message, announce }: CampaignContentProps) {
  const [params] = useSearchParams();
  const filter = parseCampaignItemsUrl(params);
  const { progress } = campaign;
  const launched = campaign.status !== 'DRAFT';
  const currency = campaign.revoked.nodes[0]?.snapshot.currency ?? 'USD';
  const reviewers = useCampaignReviewers(campaign.id, campaign.progressByReviewer, campaign.reviewerCount);

  return (
    <>
      <div className="page-heading">
        <h1>
          {campaign.name} <CampaignStatusBadge status={campaign.status} />
        </h1>
      </div>
      <ActionStatus message={message} />
      <CampaignFacts campaign={campaign} />

      {isAdmin && campaign.status === 'DRAFT' ? (
        <LaunchCampaignButton campaignId={campaign.id} campaignName={campaign.name} onDone={announce} />
      ) : null}
      {!launched ? (
        <EmptyState>Not launched yet: nothing has been snapshotted, so there is nothing to review.</EmptyState>
      ) : (
        <>
          <div className="kpi-grid review-kpis">
            <StatCard
              label="Decided"
              value={`${formatCount(progress.decided)} of ${formatCount(progress.total)}`}
              detail={formatPercent(progress.decided, progress.total)}
            />
            <StatCard label="Overdue" value={formatCount(progress.overdue)} detail="undecided past the due date" />
            <StatCard
              label="Unassigned"
              value={formatCount(progress.unassigned)}
              detail={progress.unassigned > 0 ? 'an admin must reassign them' : 'every item has a reviewer'}
            />
            {campaign.secondStage ? (
              <StatCard label="Second stage" value={formatCount(progress.secondStage)} detail="admin roles re-reviewed by app owners" />
            ) : null}
            <StatCard
              label="Remediation"
              value={`${formatCount(progress.remediationVerified)} verified`}
              detail={`${formatCount(progress.remediationOpen)} waiting, ${formatCount(progress.remediationFailed)} still in place`}
            />
          </div>

          <ReviewerProgressSection campaignId={campaign.id} reviewerCount={campaign.reviewerCount} {...reviewers} />

          <Section title="Progress per app" count={formatCount(campaign.progressByApp.length)}>
            {campaign.progressByApp.length === 0 ? (
              <EmptyState>No apps: the campaign has no items.</EmptyState>
            ) : (
              <AppProgressTable campaignId={campaign.id} apps={campaign.progressByApp} currency={currency} />
            )}
          </Section>

          <Section title="Burndown">
            <BurndownChart days={campaign.burndown} dueAt={campaign.dueAt} />
          </Section>

          <Section title="Overdue reviewers" count={formatCount(campaign.overdueReviewers.length)}>
            {campaign.overdueReviewers.length === 0 ? (
              <EmptyState>Nobody is overdue.</EmptyState>
            ) : (
              <>
                <OverdueList reviewers={campaign.overdueReviewers} campaignId={campaign.id} />
                {isAdmin && campaign.status === 'ACTIVE' ? <EscalateOverdueButton onDone={announce} /> : null}
              </>
            )}
          </Section>

          <Section title="Remediation of revoked access" count={formatCount(campaign.revoked.totalCount)}>
            {campaign.revoked.totalCount === 0 ? (
              <EmptyState>Nothing revoked so far.</EmptyState>
            ) : (
              <>
                <p className="muted">
                  Each revoke is verified by the next import that no longer shows the account active.
                  {campaign.revoked.totalCount > REVOKED_ITEMS_SHOWN
                    ? ` The first ${formatCount(REVOKED_ITEMS_SHOWN)} are shown; filter the decisions below by “Revoked” for all.`
                    : ''}
                </p>
                <ReviewItemsTable
                  items={campaign.revoked.nodes}
                  caption="Revoked items and their remediation"
                  showReviewer
                  showRemediation
                />
              </>
            )}
          </Section>

          <Section title="Decisions">
            <ItemFilters
              campaignId={campaign.id}
              filter={filter}
              reviewers={reviewers.reviewers}
              apps={campaign.progressByApp}
              hasSecondStage={campaign.secondStage}
            />
            <CampaignItems campaignId={campaign.id} filter={filter} canAct={isAdmin && campaign.status === 'ACTIVE'} onDone={announce} />
          </Section>

          <Section title="Messages" count={formatCount(campaign.notifications.length)}>
            <CampaignMessages notifications={campaign.notifications} />
          </Section>

          <Section title="Evidence">
            <p className="muted">
              Population, reviewer, decision, time, justification and remediation state of every item
              {campaign.status === 'CLOSED' ? ', as signed off' : ', so far'}.
            </p>
            <EvidenceLinks campaignId={campaign.id} populationSha256={campaign.populationSha256} />
          </Section>

          {isAdmin && campaign.status === 'ACTIVE' ? (
            <Section title="Close the campaign">
              <CloseCampaignForm campaignId={campaign.id} undecided={progress.total - progress.decided} onDone={announce} />
            </Section>
          ) : null}
        </>
      )}
    </>
  );
}
