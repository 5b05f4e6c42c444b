/** Minimal HTML building for the evidence report: every value goes through escapeHtml. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Markup that is already safe (built from escaped values and fixed tags). */
export interface SafeHtml {
  readonly html: string;
}

export function raw(html: string): SafeHtml {
  return { html };
}

export type Cell = string | number | boolean | null | undefined | SafeHtml;

function cellHtml(cell: Cell): string {
  return typeof cell === 'object' && cell !== null ? cell.html : escapeHtml(cell);
}

/**
 * A table with a header row (repeated on every printed page) and one row per entry. Column widths
 * in percent fix the layout, so long emails wrap instead of pushing the table off the page.
 */
export function table(
  headers: readonly string[],
  rows: readonly Cell[][],
  options: { className?: string; widths?: readonly number[] } = {},
): SafeHtml {
  const cols = options.widths ? `<colgroup>${options.widths.map((w) => `<col style="width:${Number(w)}%">`).join('')}</colgroup>` : '';
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  const classes = [options.className, options.widths ? 'fixed' : undefined].filter(Boolean).join(' ');
  const cls = classes ? ` class="${escapeHtml(classes)}"` : '';
  return raw(`<table${cls}>${cols}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`);
}

/** A two-column table of facts: label, value. */
export function facts(rows: readonly [string, Cell][]): SafeHtml {
  return raw(
    `<table class="facts"><tbody>\n${rows.map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${cellHtml(value)}</td></tr>`).join('\n')}\n</tbody></table>`,
  );
}

export function tag(name: 'p' | 'h1' | 'h2' | 'h3' | 'code' | 'strong' | 'span', content: Cell, className = ''): SafeHtml {
  const cls = className ? ` class="${escapeHtml(className)}"` : '';
  return raw(`<${name}${cls}>${cellHtml(content)}</${name}>`);
}
