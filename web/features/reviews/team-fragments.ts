import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersonStatus } from '../../shared/schema.js';
import type { CampaignStatus, Recommendation } from './review-schema.js';
import { REVIEW_ITEM_FIELDS, type ReviewItem_item } from './review-item-fragment.js';

/** A report of the signed-in manager, with each live account and the manager's review items on it. */
export interface TeamMember_member {
  __typename: 'TeamMember';
  id: string;
  displayName: string;
  email: string;
  status: PersonStatus;
  title: string | null;
  department: string | null;
  depth: number;
  managerId: string | null;
  accounts: TeamAccount_account[];
}

export interface TeamAccount_account {
  __typename: 'TeamAccount';
  id: string;
  email: string | null;
  username: string | null;
  status: string;
  kind: string;
  lastActiveAt: string | null;
  appId: string;
  appName: string;
  roles: { __typename: 'HeldRole'; name: string; privilege: string }[];
  findings: { __typename: 'FindingBrief'; type: string; severity: string; reason: string; monthlyCost: number }[];
  recommendation: Recommendation;
  recommendationReason: string;
  reviewItems: ReviewItem_item[];
}

export const TEAM_MEMBER_FIELDS: TypedDocumentNode<TeamMember_member> = gql`
  fragment TeamMember_member on TeamMember {
    id
    displayName
    email
    status
    title
    department
    depth
    managerId
    accounts {
      id
      email
      username
      status
      kind
      lastActiveAt
      appId
      appName
      roles {
        name
        privilege
      }
      findings {
        type
        severity
        reason
        monthlyCost
      }
      recommendation
      recommendationReason
      reviewItems {
        ...ReviewItem_item
      }
    }
  }
  ${REVIEW_ITEM_FIELDS}
`;

/** The manager's items in one active campaign, and what "attest all unflagged" would keep. */
export interface TeamCampaign_campaign {
  __typename: 'TeamCampaign';
  campaign: { __typename: 'CampaignRef'; id: string; name: string; period: string; status: CampaignStatus; dueAt: string };
  assigned: number;
  undecided: number;
  attestable: number;
  attestableWithJustification: number;
  flaggedUndecided: number;
}

export const TEAM_CAMPAIGN_FIELDS: TypedDocumentNode<TeamCampaign_campaign> = gql`
  fragment TeamCampaign_campaign on TeamCampaign {
    campaign {
      id
      name
      period
      status
      dueAt
    }
    assigned
    undecided
    attestable
    attestableWithJustification
    flaggedUndecided
  }
`;
