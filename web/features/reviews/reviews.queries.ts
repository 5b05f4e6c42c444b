import { graphql } from '../../graphql/index.js';

export const REVIEW_ITEMS_PAGE_SIZE = 50;

// Who is asking, as the review pages need it; codegen adds the fields to every query that spreads the fragment.
graphql(`
  fragment ReviewViewer on Me {
    id
    role
    personId
  }
`);

export const CAMPAIGNS_PAGE_QUERY = graphql(`
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
`);

/** Who is asking (only admins create campaigns) and the apps a scope can name. */
export const NEW_CAMPAIGN_PAGE_QUERY = graphql(`
  query NewCampaignPage {
    me {
      ...ReviewViewer
      email
      displayName
    }
    apps {
      id
      name
    }
  }
`);

/** How many revoked items the remediation table shows (the `first` of the `revoked` alias below). */
export const REVOKED_ITEMS_SHOWN = 100;

/** Everything on a campaign page but its filterable items (CAMPAIGN_ITEMS_QUERY), so a filter change reloads only those. */
export const CAMPAIGN_PAGE_QUERY = graphql(`
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
      reviewerCount
      progressByReviewer(first: 25) {
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
      notifications {
        ...CampaignMessages_notification
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
`);

/** Reviewers the campaign page shows first (the `first` of progressByReviewer above), and at most (the API's cap). */
export const REVIEWERS_SHOWN = 25;
export const MAX_REVIEWERS_SHOWN = 200;

/** More of a campaign's reviewers than the page query reads, when asked for. */
export const CAMPAIGN_REVIEWERS_QUERY = graphql(`
  query CampaignReviewers($id: ID!, $first: Int!) {
    campaign(id: $id) {
      id
      reviewerCount
      progressByReviewer(first: $first) {
        ...ProgressBars_reviewer
      }
    }
  }
`);

export const CAMPAIGN_ITEMS_QUERY = graphql(`
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
`);

export const MY_REVIEWS_QUERY = graphql(`
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
`);

/** People per page on My team: each brings all their accounts, so pages stay small (the API allows up to 50). */
export const TEAM_PAGE_SIZE = 25;

export const MY_TEAM_QUERY = graphql(`
  query MyTeam($first: Int!, $after: String, $search: String, $flaggedOnly: Boolean!) {
    me {
      ...ReviewViewer
    }
    myTeam {
      personId
      campaigns {
        ...AttestTeamForm_teamCampaign
      }
      people(first: $first, after: $after, search: $search, flaggedOnly: $flaggedOnly) {
        totalCount
        accountCount
        pageInfo {
          endCursor
          hasNextPage
        }
        nodes {
          ...TeamMembers_member
        }
      }
    }
  }
`);

export const REVIEW_ITEM_QUERY = graphql(`
  query ReviewItem($id: ID!) {
    reviewItem(id: $id) {
      ...ReviewItem_item
    }
  }
`);

/** What launching a draft would do now, for its confirmation (the server reads the whole population). */
export const LAUNCH_PREVIEW_QUERY = graphql(`
  query LaunchPreview($id: ID!) {
    campaign(id: $id) {
      id
      launchPreview {
        items
        reviewers
        unassigned
      }
    }
  }
`);

/** The roles of a review item's app now, for a role change (one item: the server reads them per item). */
export const REVIEW_ITEM_ROLES_QUERY = graphql(`
  query ReviewItemRoles($id: ID!) {
    reviewItem(id: $id) {
      id
      appRoles {
        name
        privilege
      }
    }
  }
`);
