import { EmptyState } from '../../shared/EmptyState.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { Section } from '../../shared/Section.js';
import { formatCount } from '../../shared/format.js';
import { ReviewerProgressTable } from './ProgressBars.js';
import type { CampaignReviewers } from './useCampaignReviewers.js';

interface ReviewerProgressSectionProps extends CampaignReviewers {
  campaignId: string;
  reviewerCount: number;
}

/** "Progress per reviewer": the reviewers most behind, how many there are, and a button for more. */
export function ReviewerProgressSection({ campaignId, reviewerCount, reviewers, canShowMore, showMore }: ReviewerProgressSectionProps) {
  return (
    <Section title="Progress per reviewer" count={formatCount(reviewerCount)}>
      {reviewerCount === 0 ? (
        <EmptyState>No reviewers: the campaign has no items.</EmptyState>
      ) : (
        <>
          <ReviewerProgressTable campaignId={campaignId} reviewers={reviewers} />
          <LoadMore
            shown={reviewers.length}
            total={reviewerCount}
            noun={reviewerCount === 1 ? 'reviewer' : 'reviewers'}
            label="Show more reviewers"
            hasNextPage={canShowMore}
            onLoadMore={showMore}
          />
          {reviewers.length < reviewerCount && !canShowMore ? (
            <p className="muted">For anyone else, search the decisions below by the reviewer’s name.</p>
          ) : null}
        </>
      )}
    </Section>
  );
}
