import { useLazyQuery } from '@apollo/client/react';
import { CAMPAIGN_REVIEWERS_QUERY, MAX_REVIEWERS_SHOWN, REVIEWERS_SHOWN } from './reviews.queries.js';
import type { ProgressBars_ReviewerFragment } from '../../graphql/graphql.js';

export interface CampaignReviewers {
  /** Most left to do first: the page query's first REVIEWERS_SHOWN, or more once asked for. */
  reviewers: readonly ProgressBars_ReviewerFragment[];
  /** True while more can be read (fewer shown than there are, and under the API's cap). */
  canShowMore: boolean;
  showMore: () => Promise<unknown>;
}

/** A campaign's reviewers as the page shows them: the first few, then more on request, never all of 18,000. */
export function useCampaignReviewers(
  campaignId: string,
  initial: readonly ProgressBars_ReviewerFragment[],
  reviewerCount: number,
): CampaignReviewers {
  const [load, { data }] = useLazyQuery(CAMPAIGN_REVIEWERS_QUERY);
  const reviewers = data?.campaign?.progressByReviewer ?? initial;
  const shown = Math.max(reviewers.length, REVIEWERS_SHOWN);
  return {
    reviewers,
    canShowMore: reviewers.length < reviewerCount && shown < MAX_REVIEWERS_SHOWN,
    showMore: async () => {
      const result = await load({ variables: { id: campaignId, first: Math.min(shown * 4, MAX_REVIEWERS_SHOWN) } });
      if (result.error) throw new Error(result.error.message);
    },
  };
}
