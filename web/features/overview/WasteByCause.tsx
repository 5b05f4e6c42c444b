import { Link } from 'react-router';
import { graphql } from '../../graphql/index.js';
import { formatCount, formatMoney } from '../../shared/format.js';
import { FINDING_TYPE_LABELS } from '../../shared/labels.js';
import type { WasteByCause_ShareFragment } from '../../graphql/graphql.js';
import { wasteCauseColor, wasteFindingsHref } from './wasteCauses.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment WasteByCause_share on WasteShare {
    type
    seats
    monthlyCost
  }
`);

/**
 * The organization's monthly waste split by cause; each line opens the findings of that cause, whose
 * monthly costs add up to it, and "All" opens every waste finding (the overview's total).
 */
export function WasteByCause({
  shares,
  total,
  currency,
}: {
  shares: readonly WasteByCause_ShareFragment[];
  total: number;
  currency: string;
}) {
  return (
    <table className="waste-by-cause" aria-labelledby="waste-cause-title">
      <caption id="waste-cause-title">Where the monthly waste comes from</caption>
      <thead>
        <tr>
          <th scope="col">Cause</th>
          <th scope="col" className="num">
            Seats
          </th>
          <th scope="col" className="num">
            Per month
          </th>
        </tr>
      </thead>
      <tbody>
        {shares.map((share) => (
          <tr key={share.type}>
            <th scope="row">
              <span className="swatch" style={{ background: wasteCauseColor(share.type) }} aria-hidden="true" />{' '}
              <Link to={wasteFindingsHref([share.type])}>{FINDING_TYPE_LABELS[share.type].plural}</Link>
            </th>
            <td className="num">{formatCount(share.seats)}</td>
            <td className="num">{formatMoney(share.monthlyCost, currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">
            <Link to={wasteFindingsHref(shares.map((share) => share.type))}>All waste findings</Link>
          </th>
          <td className="num">{formatCount(shares.reduce((sum, share) => sum + share.seats, 0))}</td>
          <td className="num">{formatMoney(total, currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
