import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { formatCount, formatDate } from '../../shared/format.js';
import { campaignHref } from './reviewsUrl.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import type { OverdueList_ReviewerFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment OverdueList_reviewer on OverdueReviewer {
    personId
    displayName
    email
    overdueItems
    escalatedItems
    oldestDueAt
    campaignIds
  }
`);

interface OverdueListProps {
  reviewers: readonly OverdueList_ReviewerFragment[];
  /** On a campaign page, a reviewer's name filters its items to theirs. */
  campaignId?: string;
}

/** Who has undecided items past the due date, most overdue first (the server's order). */
export function OverdueList({ reviewers, campaignId }: OverdueListProps) {
  const caption = 'Reviewers with undecided items past the due date';
  return (
    <ScrollRegion label={caption}>
      <table className="overdue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            <th scope="col" className="num">
              Overdue items
            </th>
            <th scope="col" className="num">
              Escalated to them
            </th>
            <th scope="col">Due since</th>
            {campaignId ? null : (
              <th scope="col" className="num">
                Campaigns
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {reviewers.map((reviewer) => (
            <tr key={reviewer.personId ?? reviewer.displayName}>
              <th scope="row">
                {campaignId && reviewer.personId ? (
                  <Link to={campaignHref(campaignId, { reviewerPersonId: reviewer.personId, decision: 'UNDECIDED' })}>
                    {reviewer.displayName}
                  </Link>
                ) : reviewer.personId ? (
                  <Link to={`/people/${encodeURIComponent(reviewer.personId)}`}>{reviewer.displayName}</Link>
                ) : (
                  reviewer.displayName
                )}
                {reviewer.email ? <span className="small muted wrap-anywhere"> {reviewer.email}</span> : null}
              </th>
              <td className="num">
                <span className="warn-text">{formatCount(reviewer.overdueItems)}</span>
              </td>
              <td className="num">{formatCount(reviewer.escalatedItems)}</td>
              <td className="nowrap">{formatDate(reviewer.oldestDueAt)}</td>
              {campaignId ? null : <td className="num">{formatCount(reviewer.campaignIds.length)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
