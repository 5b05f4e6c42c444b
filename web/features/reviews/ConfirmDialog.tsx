import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmDialogProps {
  /** The question, with the count: "Launch Q4 review for 1,204 accounts?". */
  title: string;
  /** What will happen, in a sentence or two; shown under the title. */
  children: ReactNode;
  confirmLabel: string;
  /** The mutation is running: both buttons wait, Escape does nothing. */
  busy: boolean;
  /** Shown while the figures the question needs are still loading: confirming waits for them. */
  notReady?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal dialog that asks before an action that cannot be undone, saying how many things it
 * touches and what happens to them. Cancel, Escape or the close button leave everything as it was;
 * focus starts on Cancel, so Enter never confirms by accident. The opener gets focus back (the
 * caller's job: it owns the button).
 */
export function ConfirmDialog({ title, children, confirmLabel, busy, notReady = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const ids = { title: useId(), body: useId() };
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    // jsdom has no showModal; there the dialog is simply open.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    cancelRef.current?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.body}
      aria-busy={busy || notReady}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={ids.title}>{title}</h2>
      <div id={ids.body} className="confirm-dialog-body">
        {children}
      </div>
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy || notReady} onClick={onConfirm}>
          {busy ? 'Working…' : confirmLabel}
        </button>
        <button type="button" ref={cancelRef} disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
