import type { ReactNode } from 'react';

/** A sentence that says what is empty and why, with an optional way out. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action ? <p>{action}</p> : null}
    </div>
  );
}
