import { graphql } from '../../graphql/index.js';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formatAgeDays, formatDateTime, formatMoney, wholeDaysSince } from '../../shared/format.js';
import { FINDING_TYPE_LABELS } from '../../shared/labels.js';
import { FindingGraph } from './FindingGraph.js';
import { OwnershipButton } from '../ownership/OwnershipButton.js';
import { PersonLink } from '../../shared/PersonLink.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { SeverityBadge } from '../../shared/SeverityBadge.js';
import type { FindingsTable_FindingFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment FindingsTable_finding on Finding {
    id
    type
    severity
    reason
    suggestedAction
    monthlyCost
    currency
    ageDays
    detectedAt
    evidence
    appCaveat
    app {
      id
      name
    }
    account {
      id
      email
      status
    }
    person {
      id
      displayName
      email
      status
    }
  }
`);

interface FindingsTableProps {
  findings: readonly FindingsTable_FindingFragment[];
  label: string;
  /** Leave out the app column on a page that is about one app. */
  hideApp?: boolean;
  /** Rows can be selected (for a bulk export) when given. */
  selection?: FindingSelection;
}

interface FindingSelection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
}

/**
 * One line per finding: what, where, who, cost, how long it has been open and why. The suggested
 * action, evidence and the app's caveat open below the row from its Details button. On a narrow
 * screen styles.css lays each row out as a card, each cell under its `data-label`.
 */
export function FindingsTable({ findings, label, hideApp = false, selection }: FindingsTableProps) {
  const columns = hideApp ? 8 : 9;
  // One clock for the whole table, read once, so every row's age counts from the same moment.
  const [now] = useState(() => new Date());
  return (
    <ScrollRegion label={label}>
      <table className={`findings-table${hideApp ? ' findings-table-no-app' : ''}${selection ? ' findings-table-selectable' : ''}`}>
        <caption className="visually-hidden">{label}</caption>
        <colgroup>
          <col className="col-toggle" />
          <col className="col-severity" />
          <col className="col-type" />
          {hideApp ? null : <col className="col-app" />}
          <col className="col-account" />
          <col className="col-person" />
          <col className="col-cost" />
          <col className="col-open" />
          <col className="col-reason" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
            <th scope="col">Severity</th>
            <th scope="col">Type</th>
            {hideApp ? null : <th scope="col">App</th>}
            <th scope="col">Account</th>
            <th scope="col">Person</th>
            <th scope="col" className="num">
              $/month
            </th>
            <th scope="col" className="num">
              Open for
            </th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <FindingRow key={finding.id} finding={finding} hideApp={hideApp} columns={columns} selection={selection} now={now} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface FindingRowProps {
  finding: FindingsTable_FindingFragment;
  hideApp: boolean;
  columns: number;
  selection: FindingSelection | undefined;
  now: Date;
}

function FindingRow({ finding, hideApp, columns, selection, now }: FindingRowProps) {
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const typeLabel = FINDING_TYPE_LABELS[finding.type].singular;
  const subject = finding.account?.email ?? 'app-wide';
  const age = finding.ageDays !== null ? ` (${formatAgeDays(finding.ageDays)})` : '';
  const openDays = wholeDaysSince(finding.detectedAt, now);

  return (
    <>
      <tr className={expanded ? 'finding-row is-expanded' : 'finding-row'}>
        <td className="toggle-cell">
          {selection ? (
            <input
              type="checkbox"
              className="row-select"
              checked={selection.selected.has(finding.id)}
              onChange={() => selection.toggle(finding.id)}
              aria-label={`Select ${typeLabel}, ${subject}${hideApp ? '' : `, ${finding.app.name}`}`}
            />
          ) : null}
          <button
            type="button"
            className="row-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            title={expanded ? 'Hide details' : 'Suggested action and evidence'}
            onClick={() => setExpanded((value) => !value)}
          >
            <span className="chevron" aria-hidden="true" />
            <span className="visually-hidden">
              Details: {typeLabel}, {subject}
              {hideApp ? '' : `, ${finding.app.name}`}
            </span>
          </button>
        </td>
        <td className="cell-severity" data-label="Severity">
          <SeverityBadge severity={finding.severity} />
        </td>
        <td className="cell-type" data-label="Type">
          {typeLabel}
        </td>
        {hideApp ? null : (
          <td className="cell-app" data-label="App">
            <Link to={`/apps/${encodeURIComponent(finding.app.id)}`}>{finding.app.name}</Link>
          </td>
        )}
        <td className="cell-account" data-label="Account">
          {finding.account ? (
            <span className="truncate" title={finding.account.email}>
              {finding.account.email}
            </span>
          ) : (
            <span className="muted">App-wide</span>
          )}
        </td>
        <td className="cell-person" data-label="Person">
          {finding.person ? <PersonLink person={finding.person} /> : <span className="muted">No owner</span>}
        </td>
        <td className="num cell-cost" data-label="$/month">
          {finding.monthlyCost > 0 ? formatMoney(finding.monthlyCost, finding.currency) : <span className="muted">—</span>}
        </td>
        <td className="num cell-open" data-label="Open for" title={`First seen ${formatDateTime(finding.detectedAt)}`}>
          {openDays === null ? <span className="muted">—</span> : formatAgeDays(openDays)}
        </td>
        <td className="cell-reason" data-label="Reason">
          <div className={expanded ? undefined : 'clamp-2'} title={expanded ? undefined : `${finding.reason}${age}`}>
            {finding.reason}
            {age ? <span className="muted">{age}</span> : null}
          </div>
        </td>
      </tr>
      {expanded ? (
        <tr className="finding-details-row" id={detailsId}>
          <td colSpan={columns}>
            <FindingDetails finding={finding} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function FindingDetails({ finding }: { finding: FindingsTable_FindingFragment }) {
  return (
    <dl className="finding-details">
      <div>
        <dt>Suggested action</dt>
        <dd>{finding.suggestedAction}</dd>
      </div>
      <div>
        <dt>Evidence</dt>
        <dd>
          {finding.evidence.length === 0 ? (
            <span className="muted">No graph facts were recorded for this finding.</span>
          ) : (
            <ul>
              {finding.evidence.map((fact, index) => (
                <li key={`${index}:${fact}`}>{fact}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {finding.account ? (
        <div>
          <dt>Account</dt>
          <dd className="wrap-anywhere">
            {finding.account.email} <OwnershipButton record={{ id: finding.account.id, label: finding.account.email, isAccount: true }} />
          </dd>
        </div>
      ) : null}
      {finding.appCaveat ? (
        <div>
          <dt>App note</dt>
          <dd>{finding.appCaveat}</dd>
        </div>
      ) : null}
      <div className="finding-graph">
        <dt>Around it</dt>
        <dd>
          <FindingGraph findingId={finding.id} subjectId={finding.account?.id ?? finding.app.id} />
        </dd>
      </div>
    </dl>
  );
}
