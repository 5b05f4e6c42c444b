import { badRequest } from './errors.js';
import type { FilterNode } from './filter/ast.js';
import { FilterSyntaxError } from './filter/errors.js';
import { parseFilter } from './filter/parser.js';
import type { JsonObject } from './json.js';
import { parseSelection, type Selection } from './projection.js';
import { checkFilter } from './schema/resolve.js';
import type { ResourceTypeDef } from './schema/types.js';
import { LIST_RESPONSE_URN } from './schema/urns.js';

/** The most resources one page returns (ServiceProviderConfig filter.maxResults). */
export const MAX_RESULTS = 200;
export const DEFAULT_COUNT = 100;

export interface ListQuery {
  filter: FilterNode | null;
  /** 1-based. */
  startIndex: number;
  count: number;
  selection: Selection;
}

export type QueryParams = Record<string, unknown>;

/** A query parameter by name, ignoring case; a repeated parameter is an error. */
export function queryParam(query: QueryParams, name: string): string | null {
  const lower = name.toLowerCase();
  const values = Object.entries(query).filter(([key]) => key.toLowerCase() === lower);
  if (values.length === 0) return null;
  const [entry] = values;
  const value = entry?.[1];
  if (values.length > 1 || typeof value !== 'string') throw badRequest('invalidValue', `the query parameter '${name}' must be given once`);
  return value;
}

/** Reads filter, startIndex, count, attributes and excludedAttributes; the filter is checked against the schemas. */
export function parseListQuery(type: ResourceTypeDef, query: QueryParams): ListQuery {
  const filterText = queryParam(query, 'filter');
  let filter: FilterNode | null = null;
  if (filterText !== null) {
    try {
      filter = parseFilter(filterText);
      checkFilter(type, filter);
    } catch (error) {
      if (error instanceof FilterSyntaxError) throw badRequest('invalidFilter', `${error.message} (filter: ${filterText})`);
      throw error;
    }
  }
  const startIndex = integerParam(query, 'startIndex', 1);
  const count = integerParam(query, 'count', DEFAULT_COUNT);
  return {
    filter,
    startIndex: Math.max(1, startIndex),
    count: Math.min(Math.max(0, count), MAX_RESULTS),
    selection: parseSelection(queryParam(query, 'attributes'), queryParam(query, 'excludedAttributes')),
  };
}

/** Reads `attributes` / `excludedAttributes` alone (GET by id, and the responses of writes). */
export function parseSelectionQuery(query: QueryParams): Selection {
  return parseSelection(queryParam(query, 'attributes'), queryParam(query, 'excludedAttributes'));
}

function integerParam(query: QueryParams, name: string, fallback: number): number {
  const text = queryParam(query, name);
  if (text === null || text.trim() === '') return fallback;
  if (!/^\s*-?\d+\s*$/.test(text)) throw badRequest('invalidValue', `the query parameter '${name}' must be an integer but is '${text}'`);
  return Number(text);
}

export interface ListResponse {
  schemas: [typeof LIST_RESPONSE_URN];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: JsonObject[];
}

export function listResponse(resources: JsonObject[], totalResults: number, startIndex: number): ListResponse {
  return { schemas: [LIST_RESPONSE_URN], totalResults, startIndex, itemsPerPage: resources.length, Resources: resources };
}
