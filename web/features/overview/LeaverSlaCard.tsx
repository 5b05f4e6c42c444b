import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../graphql/index.js';
import { useSession } from '../auth/auth.js';
import { mayOpen } from '../../shared/nav.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { StatCard } from '../../shared/StatCard.js';
import { LEAVER_SLA_CARD_QUERY } from './overview.queries.js';

graphql(`
  fragment LeaverSlaCard_sla on LeaverSla {
    slaHours
    withinSla
    late
    percentWithinSla
  }
`);

/** The former-personnel KPI: leavers of the last 90 days whose accounts were all deprovisioned within the SLA. Loads on its own. */
export function LeaverSlaCard() {
  const session = useSession();
  const { data, error, refetch } = useQuery(LEAVER_SLA_CARD_QUERY);
  if (error) return <QueryError error={error} resource="the leaver SLA" onRetry={() => void refetch().catch(() => undefined)} />;
  if (!data) return <Loading label="the leaver SLA" rows={2} />;
  const sla = data.recentLeaverSla;
  const settled = sla.withinSla + sla.late;
  const detail =
    settled === 0
      ? 'No leaver in the last 90 days to measure yet'
      : `${sla.withinSla} of ${settled} leavers of the last 90 days within ${sla.slaHours} h`;
  return (
    <StatCard
      label="Leavers deprovisioned within SLA"
      value={sla.percentWithinSla === null ? '–' : `${sla.percentWithinSla} %`}
      detail={mayOpen(session, '/leavers') ? <Link to="/leavers">{detail}</Link> : detail}
    />
  );
}
