/** The outcome of an import: "succeeded" or "failed"; anything else the server says is shown as it is. */
export function RunStatusBadge({ status }: { status: string }) {
  const tone = status === 'succeeded' ? 'ok' : status === 'failed' ? 'bad' : 'neutral';
  const label = status ? status.charAt(0).toUpperCase() + status.slice(1) : 'Unknown';
  return <span className={`badge tone-${tone}`}>{label}</span>;
}
