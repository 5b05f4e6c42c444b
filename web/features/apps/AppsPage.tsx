import { useQuery } from '@apollo/client/react';
import { AppsTable } from './AppsTable.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { formatCountOf } from '../../shared/format.js';
import { APPS_PAGE_QUERY } from './apps.queries.js';
import type { AppsPageQuery } from '../../graphql/graphql.js';

export function AppsPage() {
  usePageTitle('Apps');
  const { data, loading, error, refetch } = useQuery(APPS_PAGE_QUERY);

  return (
    <>
      <h1>Apps</h1>
      {error ? (
        <QueryError error={error} resource="apps" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        loading ? (
          <Loading label="apps" rows={8} />
        ) : null
      ) : data.apps.length === 0 ? (
        <EmptyState>No apps yet: apps appear after the first import of a SaaS admin export or IdP sync.</EmptyState>
      ) : (
        <>
          <p className="muted">
            {formatCountOf(data.apps.length, 'app')}, highest monthly waste first. {currencyNote(data.apps)}
          </p>
          <AppsTable apps={data.apps} />
        </>
      )}
    </>
  );
}

/** "Money in USD." when every app bills in one currency; otherwise each row is in its app's own. */
function currencyNote(apps: AppsPageQuery['apps']): string {
  const currencies = [...new Set(apps.map((app) => app.currency))];
  const [only] = currencies;
  return only && currencies.length === 1 ? `Money in ${only}.` : `Money in each app’s own currency (${currencies.join(', ')}).`;
}
