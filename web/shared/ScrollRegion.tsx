import type { ReactNode } from 'react';

/**
 * A table wrapper that scrolls sideways when the screen is too narrow for the table. It is a
 * labelled region and takes focus so keyboard users can scroll it with the arrow keys.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
