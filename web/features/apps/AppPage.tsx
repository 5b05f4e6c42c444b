import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { AdminRiskCallout } from './AdminRiskCallout.js';
import { AppFacts } from './AppFacts.js';
import { CaveatsList } from './CaveatsList.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { FindingsTable } from '../findings/FindingsTable.js';
import { IntegrationsTable } from './IntegrationsTable.js';
import { Loading } from '../../shared/Loading.js';
import { PendingInvitesTable } from './PendingInvitesTable.js';
import { QueryError } from '../../shared/QueryError.js';
import { RolesTable } from './RolesTable.js';
import { SeatTypesTable } from './SeatTypesTable.js';
import { ToClassifyCallout } from '../vocabulary/ToClassifyCallout.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatCount } from '../../shared/format.js';
import { APP_PAGE_QUERY } from './app.queries.js';
import type { AppPageQuery } from '../../graphql/graphql.js';

export function AppPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(APP_PAGE_QUERY, { variables: { id } });
  usePageTitle(data?.app.name ?? 'App');

  if (error) {
    return (
      <>
        <h1>App</h1>
        <QueryError
          error={error}
          resource="app"
          onRetry={() => void refetch().catch(() => undefined)}
          backTo={{ href: '/apps', label: 'Back to all apps' }}
        />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <h1>App</h1>
        {loading ? <Loading label="this app" rows={8} /> : null}
      </>
    );
  }
  return <AppContent app={data.app} toClassify={data.toClassify[0] ?? null} />;
}

function AppContent({ app, toClassify }: { app: AppPageQuery['app']; toClassify: AppPageQuery['toClassify'][number] | null }) {
  return (
    <>
      <p className="breadcrumb">
        <Link to="/apps">Apps</Link> /
      </p>
      <h1>{app.name}</h1>
      <AdminRiskCallout
        appName={app.name}
        effectiveAdminCount={app.effectiveAdminCount}
        minimumAdmins={app.minimumAdmins}
        roles={app.roles}
      />
      <ToClassifyCallout appId={app.id} appName={app.name} vocabulary={toClassify} />
      <AppFacts app={app} />

      <Section title="Roles" count={formatCount(app.roles.length)}>
        {app.roles.length === 0 ? (
          <EmptyState>No roles were imported for this app, so admins cannot be checked.</EmptyState>
        ) : (
          <RolesTable roles={app.roles} effectiveAdminCount={app.effectiveAdminCount} minimumAdmins={app.minimumAdmins} />
        )}
      </Section>

      <Section title="Seat types" count={formatCount(app.seatTypes.length)}>
        {app.seatTypes.length === 0 ? (
          <EmptyState>No seat types: the catalog has no billable seats for this app.</EmptyState>
        ) : (
          <SeatTypesTable seatTypes={app.seatTypes} />
        )}
      </Section>

      <Section title="Pending invites" count={formatCount(app.pendingInviteList.length)}>
        {app.pendingInviteList.length === 0 ? (
          <EmptyState>No pending invites: every invited account has been accepted or removed.</EmptyState>
        ) : (
          <PendingInvitesTable invites={app.pendingInviteList} />
        )}
      </Section>

      <Section title="Integrations" count={formatCount(app.integrations.length)}>
        {app.integrations.length === 0 ? (
          <EmptyState>No integrations were reported by this app’s source.</EmptyState>
        ) : (
          <IntegrationsTable integrations={app.integrations} />
        )}
      </Section>

      <Section title="Catalog caveats">
        {app.caveats.length === 0 ? (
          <EmptyState>The app catalog lists no caveats for this app.</EmptyState>
        ) : (
          <CaveatsList caveats={app.caveats} />
        )}
      </Section>

      <Section title="Findings" count={formatCount(app.findingCount)}>
        {app.findings.length === 0 ? (
          <EmptyState>No findings: nothing in this app needs action after the last sync.</EmptyState>
        ) : (
          <>
            {app.findings.length < app.findingCount ? (
              <p className="muted">
                The {formatCount(app.findings.length)} most severe of {formatCount(app.findingCount)}, then the costliest.
              </p>
            ) : null}
            <FindingsTable findings={app.findings} label={`Findings in ${app.name}`} hideApp />
            <p>
              <Link to={findingsHref({ apps: [app.id] })}>
                {app.findings.length < app.findingCount
                  ? `All ${formatCount(app.findingCount)} findings in ${app.name}`
                  : `Filter all findings by ${app.name}`}
              </Link>
            </p>
          </>
        )}
      </Section>
    </>
  );
}
