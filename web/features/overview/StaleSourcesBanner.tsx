import { graphql } from '../../graphql/index.js';
import { Link } from 'react-router';
import { formatAgeDays, formatCount } from '../../shared/format.js';
import { STALE_AFTER_DAYS } from '../sources/sources.queries.js';
import type { StaleSourcesBanner_SourceFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment StaleSourcesBanner_source on Source {
    scope
    kind
    daysSinceSync
  }
`);

/** Sources named in the banner; the rest are counted. */
const NAMED = 5;

/** Findings are only as fresh as their sources: says which have not synced for a week. */
export function StaleSourcesBanner({ sources }: { sources: readonly StaleSourcesBanner_SourceFragment[] }) {
  if (sources.length === 0) return null;
  const named = sources
    .slice(0, NAMED)
    .map(
      (source) => `${source.scope} (${source.daysSinceSync === null ? 'never synced successfully' : formatAgeDays(source.daysSinceSync)})`,
    );
  const rest = sources.length - named.length;
  return (
    <div className="callout callout-warn stale-banner">
      <p>
        <strong>
          {formatCount(sources.length)} {sources.length === 1 ? 'source' : 'sources'} not synced for more than {STALE_AFTER_DAYS} days:
        </strong>{' '}
        {named.join(', ')}
        {rest > 0 ? `, and ${formatCount(rest)} more` : ''}. Findings that depend on {sources.length === 1 ? 'it' : 'them'} may be out of
        date.
      </p>
      <p>
        <Link to="/sources">Review sources and import fresh data</Link>
      </p>
    </div>
  );
}
