export interface ImportCounts {
  nodes: number;
  relationships: number;
  properties: number;
}

const DONE = 'IMPORT DONE';
const COUNT = /^\s*(\d+) (nodes|relationships|properties)\s*$/;
/** The importer's progress bars: ten rows of `.......... ` per stage, each ending in its percentage. */
const DOTS = /^[-.\s]*\.{10}[-.\s]*/;

/** The counts from the importer's closing summary ("IMPORT DONE in …", "Imported:", "  12 nodes", …); null without one. */
export function importCounts(output: string): ImportCounts | null {
  const done = output.lastIndexOf(DONE);
  if (done < 0) return null;
  const counts: Partial<ImportCounts> = {};
  for (const line of output.slice(done).split('\n')) {
    const match = COUNT.exec(line);
    if (match?.[1] && match[2]) counts[match[2] as keyof ImportCounts] = Number(match[1]);
  }
  const { nodes, relationships, properties } = counts;
  if (nodes === undefined || relationships === undefined || properties === undefined) return null;
  return { nodes, relationships, properties };
}

/** A line of the importer's output as progress to show, without its dot bars; null for nothing to show. */
export function progressLine(line: string): string | null {
  const shown = line.replace(DOTS, '').trim();
  return shown === '' ? null : shown;
}
