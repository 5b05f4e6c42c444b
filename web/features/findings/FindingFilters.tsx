import { useQuery } from '@apollo/client/react';
import { useId, type ChangeEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { parseFindingsUrl } from './findingsUrl.js';
import { FINDING_FILTER_APPS_QUERY } from './findings.queries.js';
import { FINDING_TYPES, SEVERITIES } from '../../shared/enums.js';
import { FINDING_TYPE_LABELS, SEVERITY_LABELS } from '../../shared/labels.js';

/** Order, type, severity and app pickers that read and write the findings URL (the search box sits above them). */
export function FindingFilters({ personName }: { personName: string | null }) {
  const [params, setParams] = useSearchParams();
  const filter = parseFindingsUrl(params);
  const { data } = useQuery(FINDING_FILTER_APPS_QUERY);
  const ids = { type: useId(), severity: useId(), app: useId(), sort: useId() };

  function setParam(name: string, event: ChangeEvent<HTMLSelectElement>): void {
    const next = new URLSearchParams(params);
    next.delete(name);
    if (event.target.value) next.set(name, event.target.value);
    setParams(next);
  }

  const apps = [...(data?.apps ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const selectedApp = filter.apps[0] ?? '';
  const filtered = params.toString() !== '';

  return (
    <form className="filters" aria-label="Filter findings" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={ids.sort}>Sort</label>
        <select id={ids.sort} value={filter.sort ?? ''} onChange={(event) => setParam('sort', event)}>
          <option value="">Most severe first</option>
          <option value="COST">Most costly first</option>
          <option value="AGE">Oldest first</option>
          <option value="APP">By app</option>
          <option value="PERSON">By person</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.type}>Type</label>
        <select id={ids.type} value={filter.types[0] ?? ''} onChange={(event) => setParam('type', event)}>
          <option value="">All types</option>
          {FINDING_TYPES.map((type) => (
            <option key={type} value={type}>
              {FINDING_TYPE_LABELS[type].singular}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.severity}>Severity</label>
        <select id={ids.severity} value={filter.severities[0] ?? ''} onChange={(event) => setParam('severity', event)}>
          <option value="">All severities</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {SEVERITY_LABELS[severity]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.app}>App</label>
        <select id={ids.app} value={selectedApp} onChange={(event) => setParam('app', event)}>
          <option value="">All apps</option>
          {selectedApp && !apps.some((app) => app.id === selectedApp) ? (
            <option value={selectedApp}>{data ? `Unknown app (${selectedApp})` : 'Selected app'}</option>
          ) : null}
          {apps.map((app) => (
            <option key={app.id} value={app.id}>
              {app.name}
            </option>
          ))}
        </select>
      </div>
      {filter.personId ? (
        <p className="filter-chip">
          Person: {personName ?? 'selected person'}{' '}
          <Link
            to={{ search: withoutParam(params, 'person') }}
            aria-label={`Remove the person filter${personName ? ` (${personName})` : ''}`}
          >
            ×
          </Link>
        </p>
      ) : null}
      {filtered ? (
        <p>
          <Link to="/findings">Clear filters</Link>
        </p>
      ) : null}
    </form>
  );
}

function withoutParam(params: URLSearchParams, name: string): string {
  const next = new URLSearchParams(params);
  next.delete(name);
  const query = next.toString();
  return query ? `?${query}` : '';
}
