import type { ReactNode } from 'react';

/** A headline figure that is not a link: spend, waste, seats. */
export function StatCard({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="kpi">
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{value}</span>
      {detail ? <span className="kpi-sub">{detail}</span> : null}
    </div>
  );
}
