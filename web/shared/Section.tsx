import { useId, type ReactNode } from 'react';

/** A titled part of a page, labelled by its h2 so it shows up as a region. */
export function Section({ title, children, count }: { title: string; children: ReactNode; count?: string }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>
        {title}
        {count !== undefined ? <span className="count"> {count}</span> : null}
      </h2>
      {children}
    </section>
  );
}
