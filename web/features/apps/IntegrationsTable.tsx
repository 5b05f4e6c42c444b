import { graphql } from '../../graphql/index.js';
import { formatDate } from '../../shared/format.js';
import { PersonLink } from '../../shared/PersonLink.js';
import { ScopeList } from '../../shared/ScopeList.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import type { IntegrationsTable_IntegrationFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment IntegrationsTable_integration on AppIntegration {
    id
    name
    mode
    scopes
    enabledAt
    lastUsedAt
    enabledBy {
      id
      email
      status
    }
    enabledByPerson {
      id
      displayName
      email
      status
    }
  }
`);

export function IntegrationsTable({ integrations }: { integrations: readonly IntegrationsTable_IntegrationFragment[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Integrations and who enabled them</caption>
        <thead>
          <tr>
            <th scope="col">Integration</th>
            <th scope="col">Mode</th>
            <th scope="col">Enabled by</th>
            <th scope="col">Enabled</th>
            <th scope="col">Last used</th>
            <th scope="col">Scopes</th>
          </tr>
        </thead>
        <tbody>
          {integrations.map((integration) => (
            <tr key={integration.id}>
              <th scope="row">{integration.name}</th>
              <td>
                {integration.mode === 'workspace'
                  ? 'Workspace credential'
                  : integration.mode === 'user'
                    ? 'Personal OAuth'
                    : integration.mode}
              </td>
              <td>
                {integration.enabledByPerson ? <PersonLink person={integration.enabledByPerson} /> : null}
                {integration.enabledBy ? (
                  <div className="small">
                    <span className="muted wrap-anywhere">{integration.enabledBy.email}</span>{' '}
                    {integration.enabledBy.status !== 'ACTIVE' ? <StatusBadge status={integration.enabledBy.status} /> : null}
                  </div>
                ) : (
                  <span className="muted">Unknown</span>
                )}
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
