import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { LIST_VOCABULARY } from './vocabulary.queries.js';
import { appVocabularySchema, type AppVocabulary } from './vocabulary.types.js';

export interface VocabularyFilter {
  /** Only this app (its id). */
  appId?: string | null;
  /** Every role and seat type, not only those waiting to be classified. */
  all?: boolean;
}

/**
 * "Roles and seats to classify": per app, the roles whose privilege Attest read from their name and
 * the seat types whose cost it assumed or does not know, with how many live accounts hold each.
 */
export async function listVocabulary(graph: Graph, filter: VocabularyFilter = {}): Promise<AppVocabulary[]> {
  return readRows(graph, LIST_VOCABULARY, { appId: filter.appId ?? null, all: filter.all ?? false }, appVocabularySchema, 'vocabulary');
}
