import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Graph } from '../graph/graph.js';

/** Longer than any email address; what is typed beyond it is not kept. */
const MAX_EMAIL_LENGTH = 320;

/**
 * Records a refused password sign-in in the audit log: the email as typed and the client address,
 * never the password. Nobody is signed in, so the actor is the address.
 */
export async function recordFailedSignIn(graph: Graph, rawEmail: string, address: string, at: Date): Promise<void> {
  const email = rawEmail.trim().toLowerCase().slice(0, MAX_EMAIL_LENGTH);
  const actor: Actor = { id: `address:${address}`, name: `someone at ${address}`, role: 'anonymous' };
  await graph.executeWrite(async (tx) => {
    await appendAudit(tx, actor, { action: 'session.sign_in_failed', targetType: 'User', targetId: email, after: { email, address } }, at);
  }, 'sign-in-failed');
}
