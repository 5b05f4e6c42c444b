import { SYSTEM_ACTOR } from '../audit/actor.js';
import { now } from '../config/now.js';
import type { Graph } from '../graph/graph.js';
import { escalateOverdue } from './escalate.js';

const HOUR_MS = 60 * 60 * 1000;

/** Escalates overdue review items every hour while the server runs (imports escalate too); the timer never keeps the process alive. */
export function startEscalationTimer(graph: Graph, log: (message: string) => void, everyMs = HOUR_MS): () => void {
  const timer = setInterval(() => {
    escalateOverdue(graph, now(), SYSTEM_ACTOR)
      .then((outcome) => {
        if (outcome.escalatedItemIds.length > 0) log(`Escalated ${outcome.escalatedItemIds.length} overdue review item(s)`);
      })
      .catch((error: unknown) => log(`Escalating overdue review items failed: ${error instanceof Error ? error.message : String(error)}`));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
