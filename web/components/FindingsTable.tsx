import { gql, type TypedDocumentNode } from '@apollo/client';
import { Link } from 'react-router';
import { formatAgeDays, formatMoney } from '../format.js';
import type { AccountRef, AppRef, FindingType, PersonRef, Severity } from '../graphql/schema.js';
import { FINDING_TYPE_LABELS } from '../labels.js';
import { PersonLink } from './PersonLink.js';
import { SeverityBadge } from './SeverityBadge.js';

export interface FindingsTable_finding {
  __typename: 'Finding';
  id: string;
  type: FindingType;
  severity: Severity;
  reason: string;
  suggestedAction: string;
  monthlyCost: number;
  currency: string;
  ageDays: number | null;
  evidence: string[];
  appCaveat: string | null;
  app: AppRef;
  account: AccountRef | null;
  person: PersonRef | null;
}

export const FINDINGS_TABLE_FINDING: TypedDocumentNode<FindingsTable_finding> = gql`
  fragment FindingsTable_finding on Finding {
    id
    type
    severity
    reason
    suggestedAction
    monthlyCost
    currency
    ageDays
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
`;

interface FindingsTableProps {
  findings: readonly FindingsTable_finding[];
  label: string;
  /** Leave out the app column on a page that is about one app. */
  hideApp?: boolean;
}

export function FindingsTable({ findings, label, hideApp = false }: FindingsTableProps) {
  return (
    <div className="table-scroll">
      <table className="findings-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Type</th>
            {hideApp ? null : <th scope="col">App</th>}
            <th scope="col">Account</th>
            <th scope="col">Person</th>
            <th scope="col" className="num">
              $/month
            </th>
            <th scope="col">Reason</th>
            <th scope="col">Suggested action</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding) => (
            <tr key={finding.id}>
              <td>
                <SeverityBadge severity={finding.severity} />
              </td>
              <td>{FINDING_TYPE_LABELS[finding.type].singular}</td>
              {hideApp ? null : (
                <td>
                  <Link to={`/apps/${encodeURIComponent(finding.app.id)}`}>{finding.app.name}</Link>
                </td>
              )}
              <td className="wrap-anywhere">{finding.account ? finding.account.email : <span className="muted">App-wide</span>}</td>
              <td>{finding.person ? <PersonLink person={finding.person} /> : <span className="muted">No owner</span>}</td>
              <td className="num">
                {finding.monthlyCost > 0 ? formatMoney(finding.monthlyCost, finding.currency) : <span className="muted">—</span>}
              </td>
              <td>
                {finding.reason}
                {finding.ageDays !== null ? <span className="muted"> ({formatAgeDays(finding.ageDays)})</span> : null}
                {finding.evidence.length > 0 || finding.appCaveat ? (
                  <details>
                    <summary>Evidence</summary>
                    <ul>
                      {finding.evidence.map((fact) => (
                        <li key={fact}>{fact}</li>
                      ))}
                    </ul>
                    {finding.appCaveat ? <p className="muted">App note: {finding.appCaveat}</p> : null}
                  </details>
                ) : null}
              </td>
              <td>{finding.suggestedAction}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
