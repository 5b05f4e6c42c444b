/** An import is written but links and findings are not yet up to date with it (or its process stopped before they were). */
export function ReconcilingBadge() {
  return (
    <span className="badge tone-warn" title="Imported, but links and findings are not yet up to date with it: findings may be out of date">
      Reconciling
    </span>
  );
}
