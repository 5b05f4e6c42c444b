import { gql, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { CAMPAIGN_FACTS_CAMPAIGN, type CampaignFacts_campaign } from './CampaignFacts.js';
import { REVIEW_ITEM_FIELDS, type ReviewItem_item } from './review-item-fragment.js';
import type {
  CloseDefault,
  CreateCampaignInput,
  DecideItemsInput,
  DelegateReviewsInput,
  ReassignItemsInput,
} from './review-schema.js';
import { REVIEW_ITEM_QUERY } from './reviews.queries.js';

/*
 * One hook per review mutation. Each returns the records it changed (normalized by id, so every
 * view updates from the cache) and refetches the active queries, so counts, progress and the
 * burndown change without a reload.
 */

export interface DecideItemsMutation {
  decideItems: { __typename: 'DecisionResult'; items: ReviewItem_item[]; secondStageItems: ReviewItem_item[] };
}

export const DECIDE_ITEMS_MUTATION: TypedDocumentNode<DecideItemsMutation, { input: DecideItemsInput }> = gql`
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
  ${REVIEW_ITEM_FIELDS}
`;

export function useDecideItems() {
  // Every review change waits for the page's queries to refetch, so its message never sits beside stale figures.
  return useMutation(DECIDE_ITEMS_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
}

export interface ReassignItemsMutation {
  reassignItems: ReviewItem_item[];
}

export const REASSIGN_ITEMS_MUTATION: TypedDocumentNode<ReassignItemsMutation, { input: ReassignItemsInput }> = gql`
  mutation ReassignItems($input: ReassignItemsInput!) {
    reassignItems(input: $input) {
      ...ReviewItem_item
    }
  }
  ${REVIEW_ITEM_FIELDS}
`;

export function useReassignItems() {
  return useMutation(REASSIGN_ITEMS_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
}

export interface DelegateMyReviewsMutation {
  delegateMyReviews: { __typename: 'DelegationResult'; moved: ReviewItem_item[]; keptCount: number };
}

export const DELEGATE_MY_REVIEWS_MUTATION: TypedDocumentNode<DelegateMyReviewsMutation, { input: DelegateReviewsInput }> = gql`
  mutation DelegateMyReviews($input: DelegateReviewsInput!) {
    delegateMyReviews(input: $input) {
      moved {
        ...ReviewItem_item
      }
      keptCount
    }
  }
  ${REVIEW_ITEM_FIELDS}
`;

export function useDelegateMyReviews() {
  return useMutation(DELEGATE_MY_REVIEWS_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
}

export interface AttestTeamMutation {
  attestTeam: {
    __typename: 'AttestationResult';
    attested: ReviewItem_item[];
    secondStageItems: ReviewItem_item[];
    flaggedRemaining: number;
    privilegedRemaining: number;
  };
}

export interface AttestTeamVariables {
  campaignId: string;
  justification?: string | null;
}

export const ATTEST_TEAM_MUTATION: TypedDocumentNode<AttestTeamMutation, AttestTeamVariables> = gql`
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
  ${REVIEW_ITEM_FIELDS}
`;

export function useAttestTeam() {
  return useMutation(ATTEST_TEAM_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
}

export interface CreateCampaignMutation {
  createCampaign: CampaignFacts_campaign;
}

export const CREATE_CAMPAIGN_MUTATION: TypedDocumentNode<CreateCampaignMutation, { input: CreateCampaignInput }> = gql`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignFacts_campaign
    }
  }
  ${CAMPAIGN_FACTS_CAMPAIGN}
`;

/** The campaigns list is not on screen while creating; dropping it makes its next visit load the new one. */
export function useCreateCampaign() {
  return useMutation(CREATE_CAMPAIGN_MUTATION, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'campaigns' });
      cache.gc();
    },
  });
}

export interface LaunchCampaignMutation {
  launchCampaign: CampaignFacts_campaign;
}

export const LAUNCH_CAMPAIGN_MUTATION: TypedDocumentNode<LaunchCampaignMutation, { id: string }> = gql`
  mutation LaunchCampaign($id: ID!) {
    launchCampaign(id: $id) {
      ...CampaignFacts_campaign
    }
  }
  ${CAMPAIGN_FACTS_CAMPAIGN}
`;

export function useLaunchCampaign() {
  return useMutation(LAUNCH_CAMPAIGN_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
}

export interface CloseCampaignMutation {
  closeCampaign: CampaignFacts_campaign;
}

export const CLOSE_CAMPAIGN_MUTATION: TypedDocumentNode<CloseCampaignMutation, { id: string; default: CloseDefault }> = gql`
  mutation CloseCampaign($id: ID!, $default: CloseDefault!) {
    closeCampaign(id: $id, default: $default) {
      ...CampaignFacts_campaign
    }
  }
  ${CAMPAIGN_FACTS_CAMPAIGN}
`;

export function useCloseCampaign() {
  return useMutation(CLOSE_CAMPAIGN_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
}

export interface EscalateOverdueMutation {
  escalateOverdue: { __typename: 'EscalationResult'; escalated: number; stuck: number };
}

export const ESCALATE_OVERDUE_MUTATION: TypedDocumentNode<EscalateOverdueMutation, Record<string, never>> = gql`
  mutation EscalateOverdue {
    escalateOverdue {
      escalated
      stuck
    }
  }
`;

export function useEscalateOverdue() {
  return useMutation(ESCALATE_OVERDUE_MUTATION, { refetchQueries: 'active', awaitRefetchQueries: true });
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
