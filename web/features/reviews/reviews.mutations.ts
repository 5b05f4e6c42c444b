import { graphql } from '../../graphql/index.js';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { evictReviewViews } from '../../shared/evict-review-views.js';
import { REVIEW_ITEM_QUERY } from './reviews.queries.js';

/*
 * One hook per review mutation. Each returns the records it changed (normalized by id, so every
 * view updates from the cache), refetches the active queries, so counts, progress and the burndown
 * change without a reload, and drops the review views not on screen (evictReviewViews), so My
 * team, My reviews or another campaign never show counts from before the change when next opened.
 */

/** Every review change waits for the page's queries to refetch, so its message never sits beside stale figures. */
function useAfterReviewChange() {
  const client = useApolloClient();
  return { refetchQueries: 'active', awaitRefetchQueries: true, update: () => evictReviewViews(client) } as const;
}

export const DECIDE_ITEMS_MUTATION = graphql(`
  mutation DecideItems($input: DecideItemsInput!) {
    decideItems(input: $input) {
      items {
        ...ReviewItem_item
      }
      secondStageItems {
        ...ReviewItem_item
      }
    }
  }
`);

export function useDecideItems() {
  return useMutation(DECIDE_ITEMS_MUTATION, useAfterReviewChange());
}

export const REASSIGN_ITEMS_MUTATION = graphql(`
  mutation ReassignItems($input: ReassignItemsInput!) {
    reassignItems(input: $input) {
      ...ReviewItem_item
    }
  }
`);

export function useReassignItems() {
  return useMutation(REASSIGN_ITEMS_MUTATION, useAfterReviewChange());
}

const DELEGATE_MY_REVIEWS_MUTATION = graphql(`
  mutation DelegateMyReviews($input: DelegateReviewsInput!) {
    delegateMyReviews(input: $input) {
      moved {
        ...ReviewItem_item
      }
      keptCount
    }
  }
`);

export function useDelegateMyReviews() {
  return useMutation(DELEGATE_MY_REVIEWS_MUTATION, useAfterReviewChange());
}

export const ATTEST_TEAM_MUTATION = graphql(`
  mutation AttestTeam($campaignId: ID!, $justification: String) {
    attestTeam(campaignId: $campaignId, justification: $justification) {
      attested {
        ...ReviewItem_item
      }
      secondStageItems {
        ...ReviewItem_item
      }
      flaggedRemaining
      privilegedRemaining
    }
  }
`);

export function useAttestTeam() {
  return useMutation(ATTEST_TEAM_MUTATION, useAfterReviewChange());
}

export const CREATE_CAMPAIGN_MUTATION = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFacts_campaign
    }
  }
`);

/** The campaigns list is not on screen while creating; dropping it makes its next visit load the new one. */
export function useCreateCampaign() {
  const client = useApolloClient();
  return useMutation(CREATE_CAMPAIGN_MUTATION, { update: () => evictReviewViews(client) });
}

export const LAUNCH_CAMPAIGN_MUTATION = graphql(`
  mutation LaunchCampaign($id: ID!) {
    launchCampaign(id: $id) {
      ...CampaignFacts_campaign
    }
  }
`);

export function useLaunchCampaign() {
  return useMutation(LAUNCH_CAMPAIGN_MUTATION, useAfterReviewChange());
}

export const CLOSE_CAMPAIGN_MUTATION = graphql(`
  mutation CloseCampaign($id: ID!, $default: CloseDefault!) {
    closeCampaign(id: $id, default: $default) {
      ...CampaignFacts_campaign
    }
  }
`);

export function useCloseCampaign() {
  return useMutation(CLOSE_CAMPAIGN_MUTATION, useAfterReviewChange());
}

const ESCALATE_OVERDUE_MUTATION = graphql(`
  mutation EscalateOverdue {
    escalateOverdue {
      escalated
      stuck
    }
  }
`);

export function useEscalateOverdue() {
  return useMutation(ESCALATE_OVERDUE_MUTATION, useAfterReviewChange());
}

/** Loads one item again from the server (after a CONFLICT), so its row shows who decided it and when. */
export function useReloadReviewItem(): (id: string) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (id: string) => {
      try {
        await client.query({ query: REVIEW_ITEM_QUERY, variables: { id }, fetchPolicy: 'network-only' });
      } catch {
        // The conflict message already says what happened; a failed reload leaves the old row.
      }
    },
    [client],
  );
}
