import { useEffect, useRef } from 'react';

/**
 * The page's answer to the last review action. Always in the page (so screen readers announce
 * each change); takes focus when a new message arrives because the control that was used is
 * often gone (a decided row loses its Decide button).
 */
export function ActionStatus({ message }: { message: { text: string; at: number } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.focus();
  }, [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      aria-live="polite"
      className={message ? 'callout callout-ok review-action-status' : 'review-action-status'}
    >
      {message ? <p>{message.text}</p> : null}
    </div>
  );
}

/** A new message object each time, so the same sentence twice is announced and focused twice. */
export function statusMessage(text: string): { text: string; at: number } {
  return { text, at: Date.now() };
}
