import { Link } from 'react-router';
import { graphql } from '../../graphql/index.js';
import type { LeaverSlaCard_SlaFragment } from '../../graphql/graphql.js';
import { useSession } from '../auth/auth.js';
import { mayOpen } from '../../shared/nav.js';
import { StatCard } from '../../shared/StatCard.js';

graphql(`
  fragment LeaverSlaCard_sla on LeaverSla {
    slaHours
    withinSla
    late
    percentWithinSla
  }
`);

/** The former-personnel KPI: leavers of the last 90 days whose accounts were all deprovisioned within the SLA. */
export function LeaverSlaCard({ sla }: { sla: LeaverSlaCard_SlaFragment }) {
  const session = useSession();
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
