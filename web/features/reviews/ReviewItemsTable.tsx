import { Fragment, useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime, formatMoney } from '../../shared/format.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { DecisionForm } from './DecisionForm.js';
import { DECISION_LABELS, DecisionBadge, OverdueBadge, RecommendationBadge, RemediationBadge } from './ReviewBadges.js';
import { accountLabel } from './review-item-fragment.js';
import type { ReviewItem_ItemFragment } from '../../graphql/graphql.js';

interface ItemSelection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
}

interface ReviewItemsTableProps {
  items: readonly ReviewItem_ItemFragment[];
  /** The table's caption, also its region label. */
  caption: string;
  selection?: ItemSelection;
  showReviewer?: boolean;
  showCampaign?: boolean;
  showRemediation?: boolean;
  /** Rows the viewer may decide get a Decide button that opens the decision form below them. */
  onDecided?: (message: string) => void;
  /** What the remediation cell offers besides the task's status (an admin's "Apply via …"). */
  remediationAction?: (item: ReviewItem_ItemFragment) => ReactNode;
}

const SOURCE_LABELS: Record<string, string> = {
  REVIEWER: 'one by one',
  BULK: 'in bulk',
  ATTESTATION: 'team attestation',
  CLOSE_DEFAULT: 'default at close',
};

/** One row per review item: the account as it was at launch, the suggestion, who decides, and what was decided. */
export function ReviewItemsTable({
  items,
  caption,
  selection,
  showReviewer = false,
  showCampaign = false,
  showRemediation = false,
  onDecided,
  remediationAction,
}: ReviewItemsTableProps) {
  const [openId, setOpenId] = useState<string | null>(null);
  const columns =
    5 + (selection ? 1 : 0) + (showReviewer ? 1 : 0) + (showCampaign ? 1 : 0) + (showRemediation ? 1 : 0) + (onDecided ? 1 : 0);
  return (
    <ScrollRegion label={caption}>
      <table className="review-items-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
            ) : null}
            <th scope="col">Account</th>
            <th scope="col">Roles at launch</th>
            <th scope="col">Suggestion</th>
            {showReviewer ? <th scope="col">Reviewer</th> : null}
            {showCampaign ? <th scope="col">Campaign</th> : null}
            <th scope="col">Decision</th>
            <th scope="col" className="num">
              $/month
            </th>
            {showRemediation ? <th scope="col">Remediation</th> : null}
            {onDecided ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ReviewItemRow
              key={item.id}
              item={item}
              columns={columns}
              selection={selection}
              showReviewer={showReviewer}
              showCampaign={showCampaign}
              showRemediation={showRemediation}
              remediationAction={remediationAction}
              open={openId === item.id}
              onToggle={onDecided ? () => setOpenId((current) => (current === item.id ? null : item.id)) : undefined}
              onDecided={
                onDecided
                  ? (message) => {
                      setOpenId(null);
                      onDecided(message);
                    }
                  : undefined
              }
            />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface ReviewItemRowProps {
  item: ReviewItem_ItemFragment;
  columns: number;
  selection: ItemSelection | undefined;
  showReviewer: boolean;
  showCampaign: boolean;
  showRemediation: boolean;
  remediationAction: ((item: ReviewItem_ItemFragment) => ReactNode) | undefined;
  open: boolean;
  onToggle: (() => void) | undefined;
  onDecided: ((message: string) => void) | undefined;
}

function ReviewItemRow({
  item,
  columns,
  selection,
  showReviewer,
  showCampaign,
  showRemediation,
  remediationAction,
  open,
  onToggle,
  onDecided,
}: ReviewItemRowProps) {
  const formId = useId();
  const account = accountLabel(item);
  return (
    <Fragment>
      <tr className={`review-item-row${item.overdue ? ' is-overdue' : ''}${open ? ' is-expanded' : ''}`}>
        {selection ? (
          <td className="toggle-cell">
            <input
              type="checkbox"
              className="row-select"
              aria-label={`Select ${account} in ${item.appName}`}
              checked={selection.selected.has(item.id)}
              disabled={!item.viewerCanDecide}
              title={item.viewerCanDecide ? undefined : 'You cannot decide this item'}
              onChange={() => selection.toggle(item.id)}
            />
          </td>
        ) : null}
        <th scope="row">
          <span className="wrap-anywhere">{account}</span>
          <span className="small muted review-sub">
            <Link to={`/apps/${encodeURIComponent(item.appId)}`}>{item.appName}</Link>
            {' · '}
            {item.ownerPersonId && item.ownerName ? (
              <Link to={`/people/${encodeURIComponent(item.ownerPersonId)}`}>{item.ownerName}</Link>
            ) : (
              'no owner in HR'
            )}
            {item.stage === 2 ? ' · second stage' : ''}
          </span>
          {item.flagged ? <span className="badge tone-warn">Flagged</span> : null}
          {item.privileged ? <span className="badge tone-bad">Admin</span> : null}
          {item.overdue ? <OverdueBadge /> : null}
        </th>
        <td>{item.snapshot.roles.map((role) => role.name).join(', ') || '—'}</td>
        <td>
          <RecommendationBadge recommendation={item.recommendation} />
          <span className="small muted review-sub">{item.recommendationReason}</span>
        </td>
        {showReviewer ? <td>{item.reviewerName ?? <span className="warn-text">Unassigned</span>}</td> : null}
        {showCampaign ? (
          <td>
            <Link to={`/reviews/${encodeURIComponent(item.campaign.id)}`}>{item.campaign.name}</Link>
            <span className={`small review-sub${item.overdue ? ' warn-text' : ' muted'}`}>due {formatDate(item.campaign.dueAt)}</span>
          </td>
        ) : null}
        <td>
          <DecisionBadge decision={item.decision} />
          {item.decision === 'MODIFY' && item.newRole ? <span className="small review-sub">to {item.newRole}</span> : null}
          {item.decidedAt ? (
            <span className="small muted review-sub">
              {item.decidedByName ?? 'unknown'}, {formatDateTime(item.decidedAt)}
              {item.decisionSource ? ` (${SOURCE_LABELS[item.decisionSource] ?? item.decisionSource})` : ''}
              {item.decidedOnBehalfOf ? `, for ${item.decidedOnBehalfOf}` : ''}
            </span>
          ) : null}
          {item.justification ? <span className="small review-sub clamp-2">“{item.justification}”</span> : null}
          {item.earlierDecisions.map((earlier, index) => (
            <span key={index} className="small muted review-sub">
              Earlier: {DECISION_LABELS[earlier.decision]} by {earlier.decidedByName ?? 'unknown'}, {formatDateTime(earlier.decidedAt)}
            </span>
          ))}
        </td>
        <td className="num">{formatMoney(item.monthlyCost, item.snapshot.currency)}</td>
        {showRemediation ? (
          <td>
            {item.remediationStatus ? <RemediationBadge status={item.remediationStatus} /> : '—'}
            {item.remediationDueAt && item.remediationStatus === 'OPEN' ? (
              <span className="small muted review-sub">by {formatDate(item.remediationDueAt)}</span>
            ) : null}
            {item.remediationDetail ? <span className="small muted review-sub">{item.remediationDetail}</span> : null}
            {remediationAction?.(item)}
          </td>
        ) : null}
        {onToggle ? (
          <td>
            {item.viewerCanDecide || open ? (
              <button
                type="button"
                aria-label={`${open ? 'Close' : item.decision ? 'Change the decision on' : 'Decide'} ${account} in ${item.appName}`}
                aria-expanded={open}
                aria-controls={open ? formId : undefined}
                onClick={onToggle}
              >
                {open ? 'Close' : item.decision ? 'Change' : 'Decide'}
              </button>
            ) : null}
          </td>
        ) : null}
      </tr>
      {open && onDecided ? (
        <tr className="review-form-row">
          <td colSpan={columns} id={formId}>
            <DecisionForm items={[item]} onDecided={onDecided} onCancel={onToggle} />
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
