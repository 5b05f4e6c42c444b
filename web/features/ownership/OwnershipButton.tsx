import { useRef, useState } from 'react';
import { OwnershipDialog, type OwnedRecordProps } from './OwnershipDialog.js';
import { useCanDecideOwnership } from './canDecideOwnership.js';

/**
 * "Change owner" for one account or identity, for the roles that may decide; opens the dialog and
 * says what changed. Nothing at all for the others.
 */
export function OwnershipButton({ record, label = 'Change owner' }: { record: OwnedRecordProps; label?: string }) {
  const canDecide = useCanDecideOwnership();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  if (!canDecide) return null;

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  return (
    <div className="ownership-action">
      <button type="button" ref={opener} aria-label={`${label}: ${record.label}`} onClick={() => setOpen(true)}>
        {label}
      </button>
      <span role="status" className="small">
        {message}
      </span>
      {open ? (
        <OwnershipDialog
          record={record}
          onClose={close}
          onDone={(text) => {
            setMessage(text);
            close();
          }}
        />
      ) : null}
    </div>
  );
}
