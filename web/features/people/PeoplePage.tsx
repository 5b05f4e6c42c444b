import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useSearchParamSetter } from '../../shared/useSearchParamSetter.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { PeopleTable } from './PeopleTable.js';
import { QueryError } from '../../shared/QueryError.js';
import { SearchBox } from '../../shared/SearchBox.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { PEOPLE_PAGE_QUERY, PEOPLE_PAGE_SIZE } from './people.queries.js';
import type { PeoplePageQueryVariables } from '../../graphql/graphql.js';

export function PeoplePage() {
  usePageTitle('People');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const search = q.trim();

  const onSearch = useSearchParamSetter(setParams, 'q');

  const variables: PeoplePageQueryVariables = search ? { search, first: PEOPLE_PAGE_SIZE } : { first: PEOPLE_PAGE_SIZE };
  const { data, loading, error, refetch, fetchMore } = useQuery(PEOPLE_PAGE_QUERY, { variables });
  const connection = data?.people;

  return (
    <>
      <h1>People</h1>
      <SearchBox label="Search people" value={q} onSearch={onSearch} placeholder="Name, email, department, title or employee id" />
      {error ? (
        <QueryError error={error} resource="people" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !connection ? (
        loading ? (
          <Loading label="people" rows={8} />
        ) : null
      ) : connection.nodes.length === 0 ? (
        search ? (
          <EmptyState action={<Link to="/people">Show everyone</Link>}>
            No people match “{search}”. Search looks at name, email, department, title and employee id.
          </EmptyState>
        ) : (
          <EmptyState>No people yet: people appear after the first HR import.</EmptyState>
        )
      ) : (
        <>
          <PeopleTable people={connection.nodes} label={search ? `People matching “${search}”` : 'People'} />
          <LoadMore
            shown={connection.nodes.length}
            total={connection.totalCount}
            noun="people"
            hasNextPage={connection.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </>
  );
}
