import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { REVIEW_DECISION_FILTERS } from './review-enums.js';
import { campaignHref, isItemFilterEmpty, type CampaignItemsUrlFilter } from './reviewsUrl.js';
import type { ReviewDecisionFilter } from '../../graphql/graphql.js';

const DECISION_FILTER_LABELS: Record<ReviewDecisionFilter, string> = {
  UNDECIDED: 'Undecided',
  KEEP: 'Kept',
  REVOKE: 'Revoked',
  MODIFY: 'Role changed',
};

interface ItemFiltersProps {
  campaignId: string;
  filter: CampaignItemsUrlFilter;
  /** The reviewers the page has read (the most behind, not all of them); search finds any other by name. */
  reviewers: readonly { personId: string | null; displayName: string | null }[];
  apps: readonly { appId: string; appName: string }[];
  hasSecondStage: boolean;
}

/** The decisions table's filters; each change goes to the URL, which the table reads. */
export function ItemFilters({ campaignId, filter, reviewers, apps, hasSecondStage }: ItemFiltersProps) {
  const ids = { reviewer: useId(), app: useId(), decision: useId(), flagged: useId(), stage: useId(), search: useId() };
  const navigate = useNavigate();
  const [search, setSearch] = useState(filter.search ?? '');
  const go = (next: Partial<CampaignItemsUrlFilter>) =>
    void navigate(campaignHref(campaignId, { ...filter, ...next }), { preventScrollReset: true });

  function submitSearch(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    go({ search: search.trim() || null });
  }

  return (
    <form className="filters" role="search" aria-label="Filter the review items" onSubmit={submitSearch}>
      <div className="field">
        <label htmlFor={ids.reviewer}>Reviewer</label>
        <select
          id={ids.reviewer}
          value={filter.reviewerPersonId ?? ''}
          onChange={(event) => go({ reviewerPersonId: event.target.value || null })}
        >
          <option value="">Every reviewer</option>
          {reviewers
            .filter((reviewer): reviewer is { personId: string; displayName: string | null } => reviewer.personId !== null)
            .map((reviewer) => (
              <option key={reviewer.personId} value={reviewer.personId}>
                {reviewer.displayName ?? reviewer.personId}
              </option>
            ))}
          {filter.reviewerPersonId && !reviewers.some((reviewer) => reviewer.personId === filter.reviewerPersonId) ? (
            <option value={filter.reviewerPersonId}>{filter.reviewerPersonId}</option>
          ) : null}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.app}>App</label>
        <select id={ids.app} value={filter.appId ?? ''} onChange={(event) => go({ appId: event.target.value || null })}>
          <option value="">Every app</option>
          {apps.map((app) => (
            <option key={app.appId} value={app.appId}>
              {app.appName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.decision}>Decision</label>
        <select
          id={ids.decision}
          value={filter.decision ?? ''}
          onChange={(event) => go({ decision: REVIEW_DECISION_FILTERS.find((value) => value === event.target.value) ?? null })}
        >
          <option value="">Any</option>
          {REVIEW_DECISION_FILTERS.map((value) => (
            <option key={value} value={value}>
              {DECISION_FILTER_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.flagged}>Findings</label>
        <select
          id={ids.flagged}
          value={filter.flagged === null ? '' : String(filter.flagged)}
          onChange={(event) => go({ flagged: event.target.value === '' ? null : event.target.value === 'true' })}
        >
          <option value="">Flagged or not</option>
          <option value="true">Flagged only</option>
          <option value="false">Not flagged</option>
        </select>
      </div>
      {hasSecondStage ? (
        <div className="field">
          <label htmlFor={ids.stage}>Stage</label>
          <select
            id={ids.stage}
            value={filter.stage ?? ''}
            onChange={(event) => go({ stage: event.target.value === '2' ? 2 : event.target.value === '1' ? 1 : null })}
          >
            <option value="">Both stages</option>
            <option value="1">Stage 1</option>
            <option value="2">Stage 2 (app owners)</option>
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.search}>Search</label>
        <input
          id={ids.search}
          type="search"
          value={search}
          placeholder="Account, owner, app or reviewer"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <button type="submit">Search</button>
      {isItemFilterEmpty(filter) ? null : (
        <Link to={campaignHref(campaignId)} preventScrollReset>
          Clear the filters
        </Link>
      )}
    </form>
  );
}
