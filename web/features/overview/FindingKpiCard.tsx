import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatCount, formatMoney } from '../../shared/format.js';
import { CRITICAL_FINDING_TYPES, FINDING_TYPE_LABELS } from '../../shared/labels.js';
import type { FindingKpiCard_TotalFragment, FindingType } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment FindingKpiCard_total on FindingTotal {
    type
    count
    monthlyCost
  }
`);

interface FindingKpiCardProps {
  type: FindingType;
  /** Absent when the server did not report this type. */
  total: FindingKpiCard_TotalFragment | undefined;
  currency: string;
}

/**
 * One finding type's count and monthly cost, linking to the findings filtered to that type. Only
 * critical types with findings get the red accent; a type with none stays calm.
 */
export function FindingKpiCard({ type, total, currency }: FindingKpiCardProps) {
  const label = FINDING_TYPE_LABELS[type].plural;
  const count = total?.count ?? 0;
  const tone = count === 0 ? 'kpi-calm' : CRITICAL_FINDING_TYPES.has(type) ? 'kpi-attention' : 'kpi-notice';
  return (
    <Link className={`kpi kpi-link ${tone}`} to={findingsHref({ types: [type] })}>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{total ? formatCount(total.count) : '—'}</span>
      <span className="kpi-sub">
        {!total
          ? 'Not reported by the server'
          : total.count === 0
            ? 'None to review'
            : total.monthlyCost > 0
              ? `${formatMoney(total.monthlyCost, currency, { whole: true })}/month`
              : 'No seat cost'}
      </span>
    </Link>
  );
}
