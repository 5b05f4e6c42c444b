import { gql, type TypedDocumentNode } from '@apollo/client';
import { Link } from 'react-router';
import { formatCount, formatDate } from '../../shared/format.js';
import type { CampaignScope, CampaignStatus } from './review-schema.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { SCOPE_LABELS } from './CampaignFacts.js';
import { ProgressMeter } from './ProgressMeter.js';
import { CampaignStatusBadge } from './ReviewBadges.js';

export interface CampaignsTable_campaign {
  __typename: 'Campaign';
  id: string;
  name: string;
  period: string;
  scope: CampaignScope;
  status: CampaignStatus;
  dueAt: string;
  secondStage: boolean;
  progress: { __typename: 'CampaignProgress'; total: number; decided: number; overdue: number; unassigned: number };
}

export const CAMPAIGNS_TABLE_CAMPAIGN: TypedDocumentNode<CampaignsTable_campaign> = gql`
  fragment CampaignsTable_campaign on Campaign {
    id
    name
    period
    scope
    status
    dueAt
    secondStage
    progress {
      total
      decided
      overdue
      unassigned
    }
  }
`;

/** Every campaign, newest first (the server's order), with how far it has got. */
export function CampaignsTable({ campaigns }: { campaigns: readonly CampaignsTable_campaign[] }) {
  const caption = 'Access-review campaigns, newest first';
  return (
    <ScrollRegion label={caption}>
      <table className="campaigns-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Campaign</th>
            <th scope="col">Period</th>
            <th scope="col">Scope</th>
            <th scope="col">Status</th>
            <th scope="col">Due</th>
            <th scope="col">Progress</th>
            <th scope="col" className="num">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <th scope="row">
                <Link to={`/reviews/${encodeURIComponent(campaign.id)}`}>{campaign.name}</Link>
              </th>
              <td>{campaign.period}</td>
              <td>
                {SCOPE_LABELS[campaign.scope].label}
                {campaign.secondStage ? <span className="small muted"> + second stage</span> : null}
              </td>
              <td>
                <CampaignStatusBadge status={campaign.status} />
              </td>
              <td className="nowrap">{formatDate(campaign.dueAt)}</td>
              <td>
                {campaign.status === 'DRAFT' ? (
                  <span className="muted">Not launched</span>
                ) : (
                  <ProgressMeter decided={campaign.progress.decided} total={campaign.progress.total} label={campaign.name} />
                )}
              </td>
              <td className="num">
                {campaign.progress.overdue > 0 ? <span className="warn-text">{formatCount(campaign.progress.overdue)}</span> : '0'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
