import { graphql } from '../../graphql/index.js';
import { formatCount, formatDateTime, formatDaysAgo } from '../../shared/format.js';
import { STALE_AFTER_DAYS } from './sources.queries.js';
import { ReconcilingBadge } from './ReconcilingBadge.js';
import { RunStatusBadge } from './RunStatusBadge.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import type { SourcesTable_SourceFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment SourcesTable_source on Source {
    scope
    kind
    lastSyncedAt
    lastStatus
    daysSinceSync
    stale
    runs
    reconciling
  }
`);

/** Every imported source with when it last synced successfully and how its last import went. */
export function SourcesTable({ sources }: { sources: readonly SourcesTable_SourceFragment[] }) {
  return (
    <ScrollRegion label="Sources table">
      <table className="sources-table">
        <caption className="visually-hidden">Sources and when they last synced</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Last synced</th>
            <th scope="col">Last import</th>
            <th scope="col" className="num">
              Imports
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.scope}>
              <th scope="row">
                <span className="wrap-anywhere">{source.scope}</span>
              </th>
              <td>
                <code>{source.kind}</code>
              </td>
              <td>
                {source.lastSyncedAt ? (
                  <>
                    {formatDateTime(source.lastSyncedAt)} <span className="muted">({formatDaysAgo(source.daysSinceSync)})</span>
                  </>
                ) : (
                  <span className="muted">Never synced successfully</span>
                )}
                {source.stale ? (
                  <span
                    className="badge tone-warn"
                    title={`Not synced successfully for more than ${STALE_AFTER_DAYS} days: findings may be out of date`}
                  >
                    Stale
                  </span>
                ) : null}
              </td>
              <td>
                <RunStatusBadge status={source.lastStatus} />
                {source.reconciling ? <ReconcilingBadge /> : null}
              </td>
              <td className="num">{formatCount(source.runs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
