import { graphql } from '../../graphql/index.js';
import { useId, useState } from 'react';
import { formatCount, formatCountOf, formatDate, formatDateTime, formatDuration, formatTime } from '../../shared/format.js';
import { ReconcilingBadge } from './ReconcilingBadge.js';
import { RunStatusBadge } from './RunStatusBadge.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import type { SyncRunsTable_RunFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment SyncRunsTable_run on SyncRun {
    id
    kind
    scope
    status
    files
    sha256
    recordsRead
    added
    updated
    unchanged
    removed
    complete
    startedAt
    durationMs
    errors
    notes
    reconciling
  }
`);

/** Characters of the SHA-256 shown in the table; the whole hash is in the cell's title. */
const HASH_PREFIX = 12;
const COLUMNS = 12;

/**
 * One line per import, newest first. A run with errors or notes opens below its row, so a failed
 * import says why it failed.
 */
export function SyncRunsTable({ runs }: { runs: readonly SyncRunsTable_RunFragment[] }) {
  return (
    <ScrollRegion label="Sync history table">
      <table className="sync-runs-table">
        <caption className="visually-hidden">Sync history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
            <th scope="col">Started</th>
            <th scope="col">Kind</th>
            <th scope="col">Scope</th>
            <th scope="col">Status</th>
            <th scope="col">Files</th>
            <th scope="col" className="num">
              Records
            </th>
            <th scope="col" className="num">
              Added
            </th>
            <th scope="col" className="num">
              Updated
            </th>
            <th scope="col" className="num">
              Unchanged
            </th>
            <th scope="col" className="num">
              Removed
            </th>
            <th scope="col" className="num">
              Duration
            </th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <SyncRunRow key={run.id} run={run} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function SyncRunRow({ run }: { run: SyncRunsTable_RunFragment }) {
  const failed = run.status === 'failed';
  const hasDetails = run.errors.length > 0 || run.notes.length > 0;
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const [firstFile] = run.files;

  return (
    <>
      <tr className={`sync-run-row${expanded ? ' is-expanded' : ''}${failed ? ' is-failed' : ''}`}>
        <td className="toggle-cell">
          {hasDetails ? (
            <button
              type="button"
              className="row-toggle"
              aria-expanded={expanded}
              aria-controls={expanded ? detailsId : undefined}
              title={expanded ? 'Hide details' : failed ? 'Why it failed' : 'Notes'}
              onClick={() => setExpanded((value) => !value)}
            >
              <span className="chevron" aria-hidden="true" />
              <span className="visually-hidden">
                {failed ? 'Errors' : 'Notes'}: {run.kind} import of {formatDateTime(run.startedAt)}
              </span>
            </button>
          ) : null}
        </td>
        <td className="nowrap">
          {formatDate(run.startedAt)}
          <div className="muted small">{formatTime(run.startedAt)}</div>
        </td>
        <td className="nowrap">
          <code>{run.kind}</code>
        </td>
        <td>{run.scope}</td>
        <td className="nowrap">
          <RunStatusBadge status={run.status} />
          {run.reconciling ? <ReconcilingBadge /> : null}
          {failed && run.errors.length > 0 ? (
            <div className="muted small">{formatCountOf(run.errors.length, 'error')}</div>
          ) : run.complete ? (
            <div className="muted small" title="A full listing: records it no longer lists were marked removed">
              Full listing
            </div>
          ) : null}
        </td>
        <td className="files-cell">
          {firstFile === undefined ? (
            <span className="muted">None</span>
          ) : (
            <span title={run.files.join('\n')}>
              <span className="truncate">{firstFile}</span>
              {run.files.length > 1 ? <span className="muted small">and {formatCount(run.files.length - 1)} more</span> : null}
            </span>
          )}
        </td>
        <td className="num">{formatCount(run.recordsRead)}</td>
        <td className="num">{formatCount(run.added)}</td>
        <td className="num">{formatCount(run.updated)}</td>
        <td className="num">{formatCount(run.unchanged)}</td>
        <td className="num">{formatCount(run.removed)}</td>
        <td className="num">{formatDuration(run.durationMs)}</td>
        <td>
          {run.sha256 ? (
            <code className="hash" title={run.sha256}>
              {run.sha256.slice(0, HASH_PREFIX)}
            </code>
          ) : (
            <span className="muted">—</span>
          )}
        </td>
      </tr>
      {expanded ? (
        <tr className="sync-run-details-row" id={detailsId}>
          <td colSpan={COLUMNS}>
            <dl className="finding-details">
              {run.errors.length > 0 ? (
                <div>
                  <dt>Errors</dt>
                  <dd>
                    <ul className="error-list">
                      {run.errors.map((error, index) => (
                        <li key={`${index}:${error}`}>{error}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
              {run.notes.length > 0 ? (
                <div>
                  <dt>Notes</dt>
                  <dd>
                    <ul>
                      {run.notes.map((note, index) => (
                        <li key={`${index}:${note}`}>{note}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
            </dl>
          </td>
        </tr>
      ) : null}
    </>
  );
}
