import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { formatCount, formatDate } from '../../shared/format.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { SCOPE_LABELS } from './CampaignFacts.js';
import { ProgressMeter } from './ProgressMeter.js';
import { CampaignStatusBadge } from './ReviewBadges.js';
import type { CampaignsTable_CampaignFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
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
`);

/** Every campaign, newest first (the server's order), with how far it has got. */
export function CampaignsTable({ campaigns }: { campaigns: readonly CampaignsTable_CampaignFragment[] }) {
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
