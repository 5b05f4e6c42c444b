import { describe, expect, it } from 'vitest';
import { importCounts, progressLine } from './bulk-import-output.js';

const SUMMARY = `(4/4) Post processing 2026-12-07 22:34:55.947+0000
Post processing COMPLETED in 3s 197ms


IMPORT DONE in 6s 456ms. 
Imported:
  2 nodes
  1 relationships
  12 properties
Peak memory usage: 1.004GiB
`;

describe('the bulk importer output', () => {
  it('gives the counts of its closing summary', () => {
    expect(importCounts(SUMMARY)).toEqual({ nodes: 2, relationships: 1, properties: 12 });
  });

  it('gives no counts without the summary, as when the import failed', () => {
    expect(importCounts('Node import COMPLETED in 1s\n  2 nodes\n')).toBeNull();
  });

  it('shows the percentage of a progress bar row without its dots, and nothing for blank lines', () => {
    expect(progressLine('-......... .......... .......... .......... ..........   5% ∆976ms [976ms]')).toBe('5% ∆976ms [976ms]');
    expect(progressLine('Node import COMPLETED in 1s 2ms')).toBe('Node import COMPLETED in 1s 2ms');
    expect(progressLine('   ')).toBeNull();
  });
});
