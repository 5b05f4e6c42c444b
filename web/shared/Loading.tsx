interface LoadingProps {
  /** What is loading, for screen readers: "apps", "this person". */
  label: string;
  /** Number of skeleton rows to draw. */
  rows?: number;
}

export function Loading({ label, rows = 4 }: LoadingProps) {
  return (
    <div className="loading" role="status" aria-busy="true" aria-live="polite">
      <span className="visually-hidden">Loading {label}…</span>
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}
