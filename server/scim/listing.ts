import type { FilterNode } from './filter/ast.js';
import { evaluateFilter } from './filter/evaluate.js';
import type { JsonObject } from './json.js';
import { listResponse, type ListQuery, type ListResponse } from './list.js';
import { project } from './projection.js';
import { resolveAttribute, traitsFor } from './schema/resolve.js';
import type { ResourceTypeDef } from './schema/types.js';

/** How a resource type's store answers a list request. Every method returns rendered resources in listing order. */
export interface ResourceSource {
  count(): Promise<number>;
  page(skip: number, limit: number): Promise<JsonObject[]>;
  /** A superset of the resources matching `filter` (all of them, or the few an index finds). */
  candidates(filter: FilterNode): Promise<JsonObject[]>;
}

/**
 * Lists resources: without a filter the store pages; with one, the candidates are filtered in
 * memory by the evaluator (the store narrows them by index when the filter allows) and paged here.
 */
export async function listResources(type: ResourceTypeDef, source: ResourceSource, query: ListQuery): Promise<ListResponse> {
  const skip = query.startIndex - 1;
  const filter = query.filter;
  if (!filter) {
    const total = await source.count();
    const page = query.count === 0 || skip >= total ? [] : await source.page(skip, query.count);
    return listResponse(
      page.map((resource) => project(type, resource, query.selection)),
      total,
      query.startIndex,
    );
  }
  const traits = traitsFor(type);
  const matched = (await source.candidates(filter)).filter((resource) => evaluateFilter(filter, resource, traits));
  const page = matched.slice(skip, skip + query.count);
  return listResponse(
    page.map((resource) => project(type, resource, query.selection)),
    matched.length,
    query.startIndex,
  );
}

export interface IndexHint {
  /** A core attribute name as the schema spells it (userName, externalId, id, displayName). */
  attribute: string;
  value: string;
}

/**
 * An `attribute eq "value"` the store can look up by index, at the top of the filter or on one
 * side of a top-level `and` (the rest of the filter is still evaluated on what the index finds).
 */
export function indexHint(type: ResourceTypeDef, filter: FilterNode, indexed: readonly string[]): IndexHint | null {
  if (filter.kind === 'and') return indexHint(type, filter.left, indexed) ?? indexHint(type, filter.right, indexed);
  if (filter.kind !== 'compare' || filter.op !== 'eq' || typeof filter.value !== 'string') return null;
  const resolved = resolveAttribute(type, filter.path);
  if (!resolved || resolved.extension || resolved.sub || !indexed.includes(resolved.def.name)) return null;
  return { attribute: resolved.def.name, value: filter.value };
}
