import { useState } from 'react';
import { formatCount, formatCountOf } from '../../shared/format.js';
import { DecisionForm } from './DecisionForm.js';
import { ReassignForm } from './ReassignForm.js';
import type { ReviewItem_ItemFragment } from '../../graphql/graphql.js';

type Panel = 'decide' | 'reassign' | null;

interface BulkActionsProps {
  /** The selected items, as shown (their versions go with the request). */
  selected: readonly ReviewItem_ItemFragment[];
  /** Undecided items on screen the viewer may decide, for "select all" (decided ones are changed one by one, or selected by hand). */
  selectable: readonly ReviewItem_ItemFragment[];
  onSelect: (ids: ReadonlySet<string>) => void;
  onDone: (message: string) => void;
  /** Admins may reassign any item; a manager their own. */
  canReassign: boolean;
}

/** What is selected, select all shown, and decide or reassign the selection in one request. */
export function BulkActions({ selected, selectable, onSelect, onDone, canReassign }: BulkActionsProps) {
  const [panel, setPanel] = useState<Panel>(null);
  const allSelected = selectable.length > 0 && selectable.every((item) => selected.some((chosen) => chosen.id === item.id));
  const finish = (message: string) => {
    setPanel(null);
    onSelect(new Set());
    onDone(message);
  };

  return (
    <div className="review-bulk" role="group" aria-label="Selected review items">
      <div className="selection-bar">
        <span role="status">
          {selected.length === 0
            ? 'Select items to decide or reassign several at once.'
            : `${formatCountOf(selected.length, 'item')} selected.`}
        </span>
        <button
          type="button"
          disabled={selectable.length === 0}
          onClick={() => onSelect(allSelected ? new Set() : new Set(selectable.map((item) => item.id)))}
        >
          {allSelected ? 'Clear the selection' : `Select all ${formatCount(selectable.length)} undecided`}
        </button>
        {selected.length > 0 ? (
          <>
            <button type="button" aria-expanded={panel === 'decide'} onClick={() => setPanel(panel === 'decide' ? null : 'decide')}>
              Decide the selected
            </button>
            {canReassign ? (
              <button type="button" aria-expanded={panel === 'reassign'} onClick={() => setPanel(panel === 'reassign' ? null : 'reassign')}>
                Reassign the selected
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {panel === 'decide' && selected.length > 0 ? (
        <DecisionForm items={selected} onDecided={finish} onCancel={() => setPanel(null)} />
      ) : null}
      {panel === 'reassign' && selected.length > 0 ? (
        <ReassignForm items={selected} onDone={finish} onCancel={() => setPanel(null)} />
      ) : null}
    </div>
  );
}
