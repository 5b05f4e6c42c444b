import { formatCount, formatPercent } from '../../shared/format.js';

/** A bar of decided out of total, with the figures in words beside it (the bar is never the only signal). */
export function ProgressMeter({ decided, total, label }: { decided: number; total: number; label: string }) {
  return (
    <span className="review-progress">
      <progress
        max={Math.max(total, 1)}
        value={decided}
        aria-label={`${label}: ${formatCount(decided)} of ${formatCount(total)} decided`}
      />
      <span className="review-progress-figures">
        {formatCount(decided)} / {formatCount(total)} ({formatPercent(decided, total)})
      </span>
    </span>
  );
}
