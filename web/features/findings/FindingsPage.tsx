import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useSearchParamSetter } from '../../shared/useSearchParamSetter.js';
import { useSession } from '../auth/auth.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { FindingFilters } from './FindingFilters.js';
import { FindingsTable } from './FindingsTable.js';
import { Loading } from '../../shared/Loading.js';
import { LoadMore } from '../../shared/LoadMore.js';
import { QueryError } from '../../shared/QueryError.js';
import { SearchBox } from '../../shared/SearchBox.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { useSelection } from '../../shared/useSelection.js';
import { findingsHref, invalidFindingsUrlValues, parseFindingsUrl, toFindingFilter, type FindingsUrlFilter } from './findingsUrl.js';
import { formatCount, formatCountOf, formatMoney } from '../../shared/format.js';
import { FINDINGS_PAGE_QUERY, FINDINGS_PAGE_SIZE } from './findings.queries.js';
import { FINDING_TYPE_LABELS } from '../../shared/labels.js';
import type { FindingsPageQuery } from '../../graphql/graphql.js';

export function FindingsPage() {
  usePageTitle('Findings');
  const [params, setParams] = useSearchParams();
  const urlFilter = parseFindingsUrl(params);
  const filter = toFindingFilter(urlFilter);
  const ignored = invalidFindingsUrlValues(params);

  // The search is one more URL filter (`q`), so a searched list can be shared like any other.
  const onSearch = useSearchParamSetter(setParams, 'q');

  const { data, loading, error, refetch, fetchMore } = useQuery(FINDINGS_PAGE_QUERY, {
    variables: { filter, first: FINDINGS_PAGE_SIZE, ...(urlFilter.sort ? { sort: urlFilter.sort } : {}) },
  });

  const connection = data?.findings;
  const { selected, setSelected, toggle } = useSelection(params.toString());
  const personName =
    (urlFilter.personId && connection?.nodes.find((node) => node.person?.id === urlFilter.personId)?.person?.displayName) || null;

  return (
    <>
      <div className="page-heading">
        <h1>Findings</h1>
        <a className="button" href={findingsCsvHref(params)} download>
          Download CSV{connection ? ` (${formatCountOf(connection.totalCount, 'finding')})` : ''}
        </a>
      </div>
      <SearchBox
        label="Search findings"
        value={params.get('q') ?? ''}
        onSearch={onSearch}
        placeholder="Account email, person, app or reason"
      />
      <FindingFilters personName={personName} />
      {ignored.length > 0 ? (
        <p className="callout callout-warn">Ignored filter values the server does not know: {ignored.join(', ')}.</p>
      ) : null}
      {error ? (
        <QueryError error={error} resource="findings" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !connection ? (
        loading ? (
          <Loading label="findings" rows={8} />
        ) : null
      ) : connection.nodes.length === 0 ? (
        <EmptyState action={filter ? <Link to="/findings">Show all findings</Link> : undefined}>
          {filter
            ? 'No findings match these filters: nothing of this kind needs action.'
            : 'No findings: nothing needs action after the last sync.'}
        </EmptyState>
      ) : (
        <>
          <FindingsTotals connection={connection} filter={urlFilter} />
          <SelectionBar selected={selected} shownIds={connection.nodes.map((node) => node.id)} onChange={setSelected} />
          <FindingsTable findings={connection.nodes} label="Findings, most severe and costly first" selection={{ selected, toggle }} />
          <LoadMore
            shown={connection.nodes.length}
            total={connection.totalCount}
            noun="findings"
            hasNextPage={connection.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </>
  );
}

interface SelectionBarProps {
  selected: ReadonlySet<string>;
  shownIds: readonly string[];
  onChange: (next: ReadonlySet<string>) => void;
}

/** What is selected, select all shown, clear, and download the selected findings as CSV. */
function SelectionBar({ selected, shownIds, onChange }: SelectionBarProps) {
  const session = useSession();
  const allShown = shownIds.length > 0 && shownIds.every((id) => selected.has(id));
  return (
    <div className="selection-bar" role="group" aria-label="Selected findings">
      <span role="status">
        {selected.size === 0 ? 'Select findings to export just those.' : `${formatCountOf(selected.size, 'finding')} selected.`}
      </span>
      <button
        type="button"
        onClick={() => onChange(allShown ? new Set() : new Set([...selected, ...shownIds]))}
        disabled={shownIds.length === 0}
      >
        {allShown ? 'Clear the selection' : `Select all ${formatCount(shownIds.length)} shown`}
      </button>
      {selected.size > 0 ? (
        <form method="post" action="/api/findings.csv">
          {session ? <input type="hidden" name="_csrf" value={session.csrfToken} /> : null}
          {[...selected].map((id) => (
            <input key={id} type="hidden" name="id" value={id} />
          ))}
          <button type="submit">Download the selected as CSV</button>
        </form>
      ) : null}
    </div>
  );
}

/** The same filter as the page, as the server's CSV export reads it: every matching finding, not just the loaded page. */
function findingsCsvHref(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `/api/findings.csv?${query}` : '/api/findings.csv';
}

interface FindingsTotalsProps {
  connection: FindingsPageQuery['findings'];
  filter: FindingsUrlFilter;
}

function FindingsTotals({ connection, filter }: FindingsTotalsProps) {
  const money =
    connection.totalMonthlyCost === 0
      ? 'no seat cost at stake'
      : `${formatMoney(connection.totalMonthlyCost, connection.currency)}/month at stake`;

  const types = connection.byType.filter((total) => total.count > 0);

  return (
    <div className="totals">
      <p aria-live="polite">
        <strong>{formatCountOf(connection.totalCount, 'finding')}</strong> match, {money}.
      </p>
      {types.length > 1 ? (
        <ul className="inline-list" aria-label="Findings by type">
          {types.map((total) => (
            <li key={total.type}>
              <Link to={findingsHref({ ...filter, types: [total.type] })}>
                {FINDING_TYPE_LABELS[total.type].plural}: {formatCount(total.count)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
