import { gql, type TypedDocumentNode } from '@apollo/client';
import { BURNDOWN_CHART_DAY, type BurndownChart_day } from './BurndownChart.js';
import { CAMPAIGN_FACTS_CAMPAIGN, type CampaignFacts_campaign } from './CampaignFacts.js';
import { CAMPAIGNS_TABLE_CAMPAIGN, type CampaignsTable_campaign } from './CampaignsTable.js';
import { OVERDUE_LIST_REVIEWER, type OverdueList_reviewer } from './OverdueList.js';
import {
  PROGRESS_BARS_APP,
  PROGRESS_BARS_REVIEWER,
  type ProgressBars_app,
  type ProgressBars_reviewer,
} from './ProgressBars.js';
import { REVIEW_ITEM_FIELDS, type ReviewItem_item } from './review-item-fragment.js';
import { TEAM_CAMPAIGN_FIELDS, TEAM_MEMBER_FIELDS, type TeamCampaign_campaign, type TeamMember_member } from './team-fragments.js';
import type { PageInfo } from '../../shared/schema.js';
import type { CampaignStatus, DecisionSource, ReviewDecisionFilter, ReviewViewer } from './review-schema.js';

export const REVIEW_ITEMS_PAGE_SIZE = 50;

const REVIEW_VIEWER = gql`
  fragment ReviewViewer on Me {
    id
    role
    personId
  }
`;

export interface ReviewItemConnection {
  __typename: 'ReviewItemConnection';
  totalCount: number;
  pageInfo: PageInfo;
  nodes: ReviewItem_item[];
}

export interface CampaignsPageQuery {
  me: ReviewViewer;
  campaigns: CampaignsTable_campaign[];
  overdueReviewers: OverdueList_reviewer[];
}

export const CAMPAIGNS_PAGE_QUERY: TypedDocumentNode<CampaignsPageQuery, { status?: CampaignStatus }> = gql`
  query CampaignsPage($status: CampaignStatus) {
    me {
      ...ReviewViewer
    }
    campaigns(status: $status) {
      ...CampaignsTable_campaign
    }
    overdueReviewers {
      ...OverdueList_reviewer
    }
  }
  ${REVIEW_VIEWER}
  ${CAMPAIGNS_TABLE_CAMPAIGN}
  ${OVERDUE_LIST_REVIEWER}
`;

export interface NewCampaignPageQuery {
  me: ReviewViewer;
  apps: { __typename: 'App'; id: string; name: string }[];
}

/** Who is asking (only admins create campaigns) and the apps a scope can name. */
export const NEW_CAMPAIGN_PAGE_QUERY: TypedDocumentNode<NewCampaignPageQuery, Record<string, never>> = gql`
  query NewCampaignPage {
    me {
      ...ReviewViewer
    }
    apps {
      id
      name
    }
  }
  ${REVIEW_VIEWER}
`;

export interface CampaignPageQuery {
  me: ReviewViewer;
  campaign:
    | (CampaignFacts_campaign & {
        progress: {
          __typename: 'CampaignProgress';
          total: number;
          decided: number;
          overdue: number;
          secondStage: number;
          unassigned: number;
          remediationOpen: number;
          remediationVerified: number;
          remediationFailed: number;
          byDecision: { __typename: 'DecisionCount'; decision: string; source: DecisionSource | string; count: number }[];
        };
        progressByReviewer: ProgressBars_reviewer[];
        progressByApp: ProgressBars_app[];
        burndown: BurndownChart_day[];
        overdueReviewers: OverdueList_reviewer[];
        revoked: ReviewItemConnection;
      })
    | null;
}

/** How many revoked items the remediation table shows (the `first` of the `revoked` alias below). */
export const REVOKED_ITEMS_SHOWN = 100;

/** Everything on a campaign page but its filterable items (CAMPAIGN_ITEMS_QUERY), so a filter change reloads only those. */
export const CAMPAIGN_PAGE_QUERY: TypedDocumentNode<CampaignPageQuery, { id: string }> = gql`
  query CampaignPage($id: ID!) {
    me {
      ...ReviewViewer
    }
    campaign(id: $id) {
      ...CampaignFacts_campaign
      progress {
        total
        decided
        overdue
        secondStage
        unassigned
        remediationOpen
        remediationVerified
        remediationFailed
        byDecision {
          decision
          source
          count
        }
      }
      progressByReviewer {
        ...ProgressBars_reviewer
      }
      progressByApp {
        ...ProgressBars_app
      }
      burndown {
        ...BurndownChart_day
      }
      overdueReviewers {
        ...OverdueList_reviewer
      }
      revoked: items(decision: REVOKE, first: 100) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...ReviewItem_item
        }
      }
    }
  }
  ${REVIEW_VIEWER}
  ${CAMPAIGN_FACTS_CAMPAIGN}
  ${PROGRESS_BARS_REVIEWER}
  ${PROGRESS_BARS_APP}
  ${BURNDOWN_CHART_DAY}
  ${OVERDUE_LIST_REVIEWER}
  ${REVIEW_ITEM_FIELDS}
`;

export interface CampaignItemsQuery {
  campaign: { __typename: 'Campaign'; id: string; items: ReviewItemConnection } | null;
}

export interface CampaignItemsVariables {
  id: string;
  reviewerPersonId?: string;
  appId?: string;
  decision?: ReviewDecisionFilter;
  flagged?: boolean;
  stage?: number;
  search?: string;
  first: number;
  after?: string | null;
}

export const CAMPAIGN_ITEMS_QUERY: TypedDocumentNode<CampaignItemsQuery, CampaignItemsVariables> = gql`
  query CampaignItems(
    $id: ID!
    $reviewerPersonId: ID
    $appId: ID
    $decision: ReviewDecisionFilter
    $flagged: Boolean
    $stage: Int
    $search: String
    $first: Int!
    $after: String
  ) {
    campaign(id: $id) {
      id
      items(
        reviewerPersonId: $reviewerPersonId
        appId: $appId
        decision: $decision
        flagged: $flagged
        stage: $stage
        search: $search
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...ReviewItem_item
        }
      }
    }
  }
  ${REVIEW_ITEM_FIELDS}
`;

export interface MyReviewsQuery {
  me: ReviewViewer;
  myReviews: ReviewItemConnection;
}

export interface MyReviewsVariables {
  campaignId?: string;
  decided?: boolean;
  first: number;
  after?: string | null;
}

export const MY_REVIEWS_QUERY: TypedDocumentNode<MyReviewsQuery, MyReviewsVariables> = gql`
  query MyReviews($campaignId: ID, $decided: Boolean, $first: Int!, $after: String) {
    me {
      ...ReviewViewer
    }
    myReviews(campaignId: $campaignId, decided: $decided, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        ...ReviewItem_item
      }
    }
  }
  ${REVIEW_VIEWER}
  ${REVIEW_ITEM_FIELDS}
`;

/** People per page on My team: each brings all their accounts, so pages stay small (the API allows up to 50). */
export const TEAM_PAGE_SIZE = 25;

export interface MyTeamQuery {
  me: ReviewViewer;
  myTeam: {
    __typename: 'MyTeam';
    personId: string;
    campaigns: TeamCampaign_campaign[];
    people: {
      __typename: 'TeamMemberConnection';
      totalCount: number;
      accountCount: number;
      pageInfo: PageInfo;
      nodes: TeamMember_member[];
    };
  };
}

export interface MyTeamVariables {
  first: number;
  after?: string | null;
  search?: string;
  flaggedOnly: boolean;
}

export const MY_TEAM_QUERY: TypedDocumentNode<MyTeamQuery, MyTeamVariables> = gql`
  query MyTeam($first: Int!, $after: String, $search: String, $flaggedOnly: Boolean!) {
    me {
      ...ReviewViewer
    }
    myTeam {
      personId
      campaigns {
        ...TeamCampaign_campaign
      }
      people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {
        totalCount
        accountCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...TeamMember_member
        }
      }
    }
  }
  ${REVIEW_VIEWER}
  ${TEAM_MEMBER_FIELDS}
  ${TEAM_CAMPAIGN_FIELDS}
`;

export interface ReviewItemQuery {
  reviewItem: ReviewItem_item;
}

export const REVIEW_ITEM_QUERY: TypedDocumentNode<ReviewItemQuery, { id: string }> = gql`
  query ReviewItem($id: ID!) {
    reviewItem(id: $id) {
      ...ReviewItem_item
    }
  }
  ${REVIEW_ITEM_FIELDS}
`;
