import { SYSTEM_ACTOR } from '../audit/actor.js';
import type { Graph } from '../graph/graph.js';
import { escalateOverdue, type EscalationOutcome } from './escalate.js';
import { checkRemediations, type RemediationChange } from './remediation.js';

/** What every import means for reviews: remediation tasks checked against the new data, overdue items escalated. */
export async function settleReviews(
  graph: Graph,
  now: Date,
): Promise<{ remediations: RemediationChange[]; escalation: EscalationOutcome }> {
  const remediations = await checkRemediations(graph, now, SYSTEM_ACTOR);
  const escalation = await escalateOverdue(graph, now, SYSTEM_ACTOR);
  return { remediations, escalation };
}
