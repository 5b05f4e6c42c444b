/** The recharts tooltip box in the page's colours (light or dark), shared by every chart. */
export const CHART_TOOLTIP_STYLE = { background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--text)' } as const;
