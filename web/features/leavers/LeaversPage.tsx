import { useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DeprovisionedSource, LeaverOutcome, LeaversPageQuery } from '../../graphql/graphql.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { formatDate, formatDateTime } from '../../shared/format.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { StatCard } from '../../shared/StatCard.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { LEAVERS_PAGE_SIZE, LEAVERS_QUERY, leaversCsvUrl } from './leavers.queries.js';
import { leaversSearchParams, OUTCOME_CHOICES, outcomeOf, parseLeaversUrl, type LeaversUrlFilter } from './leaversUrl.js';

type LeaverRow = LeaversPageQuery['leavers']['rows'][number];

const OUTCOME_TEXT: Record<LeaverOutcome, { label: string; tone: string }> = {
  WITHIN: { label: 'Within SLA', tone: 'tone-ok' },
  LATE: { label: 'Late', tone: 'tone-bad' },
  ACTIVE: { label: 'Still active', tone: 'tone-bad' },
  PENDING: { label: 'SLA running', tone: 'tone-warn' },
  UNKNOWN: { label: 'Time unknown', tone: 'tone-neutral' },
};

const SOURCE_TEXT: Record<DeprovisionedSource, string> = { VENDOR: 'from Okta', FIRST_SEEN: 'first seen by Attest' };

/**
 * The former-personnel test: every account and identity of each terminated person, when it was
 * deprovisioned and how many hours after the termination date, against the SLA.
 */
export function LeaversPage() {
  usePageTitle('Leavers');
  const [params] = useSearchParams();
  const filter = parseLeaversUrl(params);
  const result = useQuery(LEAVERS_QUERY, {
    variables: { from: filter.from || null, to: filter.to || null, outcome: outcomeOf(filter.outcome), first: LEAVERS_PAGE_SIZE },
  });
  const report = result.data?.leavers;
  const filtered = params.toString() !== '';

  return (
    <>
      <div className="page-heading">
        <h1>Leavers</h1>
        {report && report.totalRows > 0 ? (
          <a className="button" href={leaversCsvUrl(leaversSearchParams(filter))} download>
            Export CSV<span className="visually-hidden"> of the leaver report</span>
          </a>
        ) : null}
      </div>
      <p className="muted">
        Deprovisioning is timed from the termination date (00:00 UTC). The time is Okta&apos;s own when Okta gives it, else when Attest
        first saw the account deactivated or removed: first seen by Attest, so it is only as precise as the source is synced.
      </p>
      <LeaversFilters key={params.toString()} initial={filter} />
      {result.error ? (
        <QueryError error={result.error} resource="leaver report" onRetry={() => void result.refetch().catch(() => undefined)} />
      ) : !report ? (
        result.loading ? (
          <Loading label="leaver report" rows={6} />
        ) : null
      ) : (
        <>
          <div className="kpi-grid">
            <StatCard
              label="Leavers deprovisioned within SLA"
              value={report.percentWithinSla === null ? '–' : `${report.percentWithinSla} %`}
              detail={`${report.withinSla} of ${report.withinSla + report.late} leavers (SLA ${report.slaHours} h)`}
            />
            <StatCard label="Late or still active" value={report.late} detail="Leavers with an account past the SLA" />
            <StatCard label="SLA running" value={report.pending} detail="Not yet due" />
            <StatCard label="Not measurable" value={report.unmeasured} detail="Deprovisioned before Attest first saw them" />
          </div>
          {report.rows.length === 0 ? (
            <EmptyState action={filtered ? <Link to="/leavers">Show all leavers</Link> : undefined}>
              {filtered ? 'No leaver accounts match these filters.' : 'No terminated people with accounts or identities.'}
            </EmptyState>
          ) : (
            <>
              <LeaversTable rows={report.rows} />
              <LoadMore
                shown={report.rows.length}
                total={report.totalRows}
                noun="accounts and identities"
                hasNextPage={report.pageInfo.hasNextPage}
                onLoadMore={() =>
                  result.fetchMore({
                    variables: { after: report.pageInfo.endCursor },
                    // No cache policy merges leaver pages (web/apollo.ts), so the page appends them itself.
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      leavers: { ...fetchMoreResult.leavers, rows: [...previous.leavers.rows, ...fetchMoreResult.leavers.rows] },
                    }),
                  })
                }
              />
            </>
          )}
        </>
      )}
    </>
  );
}

function LeaversFilters({ initial }: { initial: LeaversUrlFilter }) {
  const [, setParams] = useSearchParams();
  const [draft, setDraft] = useState(initial);
  const baseId = useId();
  function apply(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setParams(leaversSearchParams(draft));
  }
  return (
    <form className="filters" aria-label="Filter leavers" onSubmit={apply}>
      <div className="field">
        <label htmlFor={`${baseId}-from`}>Terminated from</label>
        <input id={`${baseId}-from`} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-to`}>Terminated to</label>
        <input id={`${baseId}-to`} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-outcome`}>Outcome</label>
        <select id={`${baseId}-outcome`} value={draft.outcome} onChange={(e) => setDraft({ ...draft, outcome: e.target.value })}>
          <option value="">Any outcome</option>
          {OUTCOME_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Apply</button>
    </form>
  );
}

function LeaversTable({ rows }: { rows: readonly LeaverRow[] }) {
  return (
    <ScrollRegion label="Leaver accounts table">
      <table className="leavers-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Terminated</th>
            <th scope="col">App</th>
            <th scope="col">Account</th>
            <th scope="col">Status</th>
            <th scope="col">Deprovisioned</th>
            <th scope="col">Hours after</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.personId}:${row.recordId}`}>
              <td>
                <Link to={`/people/${encodeURIComponent(row.personId)}`}>{row.personName}</Link>
              </td>
              <td>{formatDate(row.terminationDate)}</td>
              <td>{row.kind === 'identity' ? `${row.appName} identity` : row.appName}</td>
              <td>{row.accountName}</td>
              <td>{row.removed ? `${row.status}, removed` : row.status}</td>
              <td>
                {row.deprovisionedAt ? (
                  <>
                    {formatDateTime(row.deprovisionedAt)}
                    {row.source ? <span className="muted"> ({SOURCE_TEXT[row.source]})</span> : null}
                  </>
                ) : (
                  '–'
                )}
              </td>
              <td>{row.hours === null ? '–' : `${row.hours} h of ${row.slaHours} h`}</td>
              <td>
                <span className={`badge ${OUTCOME_TEXT[row.outcome].tone}`}>{OUTCOME_TEXT[row.outcome].label}</span>
                {row.findingId ? (
                  <>
                    {' '}
                    <Link to={`/findings?type=ORPHANED_ACCOUNT&person=${encodeURIComponent(row.personId)}`}>Orphaned account finding</Link>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
