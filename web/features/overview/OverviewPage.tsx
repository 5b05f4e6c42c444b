import { useQuery } from '@apollo/client/react';
import { ActivityHistogram } from './ActivityHistogram.js';
import { FindingKpiCard } from './FindingKpiCard.js';
import { KpiTrendChart } from './KpiTrendChart.js';
import { LeaverSlaCard } from './LeaverSlaCard.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { SeatUsageChart } from './SeatUsageChart.js';
import { StaleSourcesBanner } from './StaleSourcesBanner.js';
import { StatCard } from '../../shared/StatCard.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { WasteByCause } from './WasteByCause.js';
import { WasteChart } from './WasteChart.js';
import { formatCount, formatDateTime, formatMoney, formatPercent } from '../../shared/format.js';
import { OVERVIEW_PAGE_QUERY } from './overview.queries.js';
import { FINDING_TYPES } from '../../shared/enums.js';
import type { OverviewPageQuery } from '../../graphql/graphql.js';

export function OverviewPage() {
  usePageTitle('Overview');
  const { data, loading, error, refetch } = useQuery(OVERVIEW_PAGE_QUERY);

  return (
    <>
      <h1>Overview</h1>
      {error ? (
        <QueryError error={error} resource="the overview" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        loading ? (
          <Loading label="the overview" rows={6} />
        ) : null
      ) : (
        <OverviewContent overview={data.overview} />
      )}
    </>
  );
}

function OverviewContent({ overview }: { overview: OverviewPageQuery['overview'] }) {
  const { currency } = overview;
  const money = (amount: number): string => formatMoney(amount, currency, { whole: true });

  return (
    <>
      <StaleSourcesBanner sources={overview.staleSources} />
      <p className="muted">
        As of {formatDateTime(overview.asOf)}: {formatCount(overview.people)} people ({formatCount(overview.activePeople)} active),{' '}
        {formatCount(overview.apps)} apps, {formatCount(overview.accounts)} accounts. Money in {currency}.
      </p>

      <section aria-labelledby="money-title">
        <h2 id="money-title">Seats and money</h2>
        <div className="kpi-grid">
          <StatCard
            label="Seats used of paid"
            value={`${formatCount(overview.seatsUsed)} / ${formatCount(overview.seatsPaid)}`}
            detail={`${formatPercent(overview.seatsUsed, overview.seatsPaid)} of paid seats in real use`}
          />
          <StatCard label="Monthly spend" value={money(overview.monthlySpend)} detail="Seats across all apps" />
          <StatCard
            label="Monthly waste"
            value={money(overview.monthlyWaste)}
            detail={`${formatPercent(overview.monthlyWaste, overview.monthlySpend)} of monthly spend`}
          />
          <StatCard label="Yearly waste" value={money(overview.yearlyWaste)} detail="At the current run rate" />
        </div>
        <WasteByCause shares={overview.wasteByCause} total={overview.monthlyWaste} currency={currency} />
      </section>

      <section aria-labelledby="findings-title">
        <h2 id="findings-title">Findings</h2>
        <div className="kpi-grid">
          {FINDING_TYPES.map((type) => (
            <FindingKpiCard
              key={type}
              type={type}
              total={overview.findingCounts.find((total) => total.type === type)}
              currency={currency}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="leavers-title">
        <h2 id="leavers-title">Leavers</h2>
        <div className="kpi-grid">
          <LeaverSlaCard />
        </div>
      </section>

      <div className="chart-grid">
        <SeatUsageChart apps={overview.perApp} />
        <WasteChart apps={overview.perApp} currency={currency} />
        <ActivityHistogram />
        <KpiTrendChart currency={currency} />
      </div>
    </>
  );
}
