import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatDate } from '../../shared/format.js';
import { ScopeList } from '../../shared/ScopeList.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import type { PersonIntegrationsTable_IntegrationFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment PersonIntegrationsTable_integration on PersonIntegration {
    id
    name
    mode
    how
    app {
      id
      name
    }
    account {
      id
      email
      status
    }
    scopes
    enabledAt
    lastUsedAt
    leftBehindFindingId
  }
`);

/** Integrations a person set up for a workspace or authorized for themself; ones left behind link to their finding. */
export function PersonIntegrationsTable({
  integrations,
  personId,
}: {
  integrations: readonly PersonIntegrationsTable_IntegrationFragment[];
  personId: string;
}) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Integrations this person enabled or authorized</caption>
        <thead>
          <tr>
            <th scope="col">Integration</th>
            <th scope="col">App</th>
            <th scope="col">How</th>
            <th scope="col">Through account</th>
            <th scope="col">Since</th>
            <th scope="col">Last used</th>
            <th scope="col">Scopes</th>
          </tr>
        </thead>
        <tbody>
          {integrations.map((integration) => (
            <tr key={`${integration.id}:${integration.account.id}`}>
              <th scope="row">
                {integration.name}
                {integration.leftBehindFindingId ? (
                  <div className="small">
                    <Link to={findingsHref({ types: ['INTEGRATION_LEFT_BEHIND'], personId })}>Left behind: see the finding</Link>
                  </div>
                ) : null}
              </th>
              <td>
                <Link to={`/apps/${encodeURIComponent(integration.app.id)}`}>{integration.app.name}</Link>
              </td>
              <td>
                {integration.how === 'ENABLED_BY' ? 'Enabled for the workspace' : 'Authorized for themself'}
                <div className="small muted">{integration.mode === 'workspace' ? 'Workspace credential' : 'Personal OAuth'}</div>
              </td>
              <td>
                <span className="wrap-anywhere">{integration.account.email}</span>{' '}
                {integration.account.status !== 'ACTIVE' ? <StatusBadge status={integration.account.status} /> : null}
              </td>
              <td>{formatDate(integration.enabledAt)}</td>
              <td>{integration.lastUsedAt ? formatDate(integration.lastUsedAt) : <span className="muted">Never or unknown</span>}</td>
              <td>
                <ScopeList scopes={integration.scopes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
