import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { formatCount, formatMoney } from '../../shared/format.js';
import { campaignHref } from './reviewsUrl.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { ProgressMeter } from './ProgressMeter.js';
import type { ProgressBars_AppFragment, ProgressBars_ReviewerFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment ProgressBars_reviewer on ReviewerProgress {
    personId
    displayName
    email
    total
    decided
    overdue
  }
`);

graphql(`
  fragment ProgressBars_app on AppProgress {
    appId
    appName
    total
    decided
    kept
    revoked
    modified
    monthlyCostRevoked
  }
`);

/** Each reviewer's share: most left to do first (the server's order); a name filters the decisions table. */
export function ReviewerProgressTable({
  campaignId,
  reviewers,
}: {
  campaignId: string;
  reviewers: readonly ProgressBars_ReviewerFragment[];
}) {
  const caption = 'Progress per reviewer, most left to do first';
  return (
    <ScrollRegion label={caption}>
      <table className="review-progress-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Reviewer</th>
            <th scope="col">Decided</th>
            <th scope="col" className="num">
              Left
            </th>
            <th scope="col" className="num">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {reviewers.map((reviewer) => {
            const name = reviewer.displayName ?? 'Nobody (an admin must reassign)';
            return (
              <tr key={reviewer.personId ?? 'unassigned'}>
                <th scope="row">
                  {reviewer.personId ? <Link to={campaignHref(campaignId, { reviewerPersonId: reviewer.personId })}>{name}</Link> : name}
                  {reviewer.email ? <span className="small muted wrap-anywhere"> {reviewer.email}</span> : null}
                </th>
                <td>
                  <ProgressMeter decided={reviewer.decided} total={reviewer.total} label={name} />
                </td>
                <td className="num">{formatCount(reviewer.total - reviewer.decided)}</td>
                <td className="num">{reviewer.overdue > 0 ? <span className="warn-text">{formatCount(reviewer.overdue)}</span> : '0'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Each app's share, with what was decided and the seat cost the revocations save. */
export function AppProgressTable({
  campaignId,
  apps,
  currency,
}: {
  campaignId: string;
  apps: readonly ProgressBars_AppFragment[];
  currency: string;
}) {
  const caption = 'Progress per app';
  return (
    <ScrollRegion label={caption}>
      <table className="review-progress-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">App</th>
            <th scope="col">Decided</th>
            <th scope="col" className="num">
              Kept
            </th>
            <th scope="col" className="num">
              Revoked
            </th>
            <th scope="col" className="num">
              Modified
            </th>
            <th scope="col" className="num">
              Saved per month
            </th>
          </tr>
        </thead>
        <tbody>
          {apps.map((app) => (
            <tr key={app.appId}>
              <th scope="row">
                <Link to={campaignHref(campaignId, { appId: app.appId })}>{app.appName}</Link>
              </th>
              <td>
                <ProgressMeter decided={app.decided} total={app.total} label={app.appName} />
              </td>
              <td className="num">{formatCount(app.kept)}</td>
              <td className="num">{formatCount(app.revoked)}</td>
              <td className="num">{formatCount(app.modified)}</td>
              <td className="num">{formatMoney(app.monthlyCostRevoked, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
