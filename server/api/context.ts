import type { Viewer } from '../auth/viewer.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Graph } from '../graph/graph.js';

/** Everything a resolver may use for one request. "now" is read once per request (ATTEST_NOW or the clock). */
export interface ApiContext {
  graph: Graph;
  catalog: Catalog;
  now: Date;
  /** The signed-in user; null for an anonymous request (which the auth checker refuses). */
  viewer: Viewer | null;
}
