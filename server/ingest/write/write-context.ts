import type { Graph } from '../../graph/graph.js';
import type { ImportKind } from '../model.js';

/** What every write of one import shares: its statements' parameters, and where progress goes. */
export interface WriteContext {
  graph: Graph;
  params: { kind: ImportKind; scope: string; runId: string; now: string };
  onProgress?: (phase: string, done: number, total: number) => void;
}
