import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../shared/EmptyState.js';
import { IdentitiesTable } from './IdentitiesTable.js';
import { Loading } from '../../shared/Loading.js';
import { ManagerChain } from './ManagerChain.js';
import { PersonAccountsTable } from './PersonAccountsTable.js';
import { PersonIntegrationsTable } from './PersonIntegrationsTable.js';
import { PersonFacts } from './PersonFacts.js';
import { PersonGraph } from './PersonGraph.js';
import { QueryError } from '../../shared/QueryError.js';
import { ReportsList } from './ReportsList.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { findingsHref } from '../findings/findingsUrl.js';
import { formatCount, formatCountOf } from '../../shared/format.js';
import { PERSON_PAGE_QUERY } from './person.queries.js';
import type { PersonPageQuery } from '../../graphql/graphql.js';

export function PersonPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PERSON_PAGE_QUERY, { variables: { id } });
  usePageTitle(data?.person.displayName ?? 'Person');

  if (error) {
    return (
      <>
        <h1>Person</h1>
        <QueryError
          error={error}
          resource="person"
          onRetry={() => void refetch().catch(() => undefined)}
          backTo={{ href: '/people', label: 'Back to people' }}
        />
      </>
    );
  }
  if (!data) {
    return (
      <>
        <h1>Person</h1>
        {loading ? <Loading label="this person" rows={8} /> : null}
      </>
    );
  }
  return <PersonContent person={data.person} />;
}

function PersonContent({ person }: { person: PersonPageQuery['person'] }) {
  return (
    <>
      <p className="breadcrumb">
        <Link to="/people">People</Link> /
      </p>
      <h1>{person.displayName}</h1>
      {person.findingCount > 0 ? (
        <p>
          <Link to={findingsHref({ personId: person.id })}>
            {formatCountOf(person.findingCount, 'finding')} for {person.displayName}
          </Link>
        </p>
      ) : null}
      <PersonFacts person={person} />

      {person.identities.length + person.accounts.length > 0 ? (
        <Section title="Graph">
          <PersonGraph person={person} />
        </Section>
      ) : null}

      <Section title="Manager chain">
        <ManagerChain chain={person.managerChain} personName={person.displayName} />
      </Section>

      <Section title="Direct reports" count={formatCount(person.reports.length)}>
        {person.reports.length === 0 ? (
          <EmptyState>Nobody reports to {person.displayName} in HR.</EmptyState>
        ) : (
          <ReportsList reports={person.reports} />
        )}
      </Section>

      <Section title="Identities" count={formatCount(person.identities.length)}>
        {person.identities.length === 0 ? (
          <EmptyState>No IdP account has been linked to {person.displayName}.</EmptyState>
        ) : (
          <IdentitiesTable identities={person.identities} />
        )}
      </Section>

      <Section title="App accounts" count={formatCount(person.accountCount)}>
        {person.accounts.length === 0 ? (
          <EmptyState>No app account has been linked to {person.displayName}.</EmptyState>
        ) : (
          <PersonAccountsTable accounts={person.accounts} personId={person.id} />
        )}
      </Section>

      <Section title="Integrations they enabled or authorized" count={formatCount(person.integrations.length)}>
        {person.integrations.length === 0 ? (
          <EmptyState>{person.displayName} has not enabled or authorized any integration.</EmptyState>
        ) : (
          <PersonIntegrationsTable integrations={person.integrations} personId={person.id} />
        )}
      </Section>
    </>
  );
}
