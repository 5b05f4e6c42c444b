/** Money to the cent, as the dashboard, the API and the KPI snapshots report it. */
export function roundToCents(value: number): number {
  return Math.round(value * 100) / 100;
}
