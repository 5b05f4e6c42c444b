/**
 * "Apply" on a revoke's remediation task: deprovision the account through the vendor's API with the
 * connection that may (apply-offer.ts), and record the vendor's answer on the task, in the audit
 * log (remediation.apply) and as the webhook event remediation.applied. The task stays as it is:
 * only the next import verifies it (remediation.ts), so a refusal is shown and may be retried.
 */
import { z } from 'zod';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { credentialOf } from '../connectors/connection-store.js';
import type { DeprovisionOutcome } from '../connectors/deprovision/deprovisioner.js';
import { vendorSender, VendorUnreachableError, type WriteHttp } from '../connectors/deprovision/vendor-request.js';
import { VendorApiError } from '../connectors/http/vendor-http.js';
import { CONNECTORS } from '../connectors/vendors/index.js';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { enqueueWebhookEvent } from '../webhooks/webhook-events.js';
import { applyStateOf, type AppliedRecord, type ApplyState } from './apply-offer.js';
import * as q from './apply-remediation.queries.js';
import { ReviewError } from './review-error.js';

export interface ApplyOptions {
  /** Test seams: fetch, sleep, clock. */
  http?: Omit<WriteHttp, 'headers'>;
}

/** Every run of eight or more token characters of the credential, so an echo of any part of it never reaches a record. */
function redacted(line: string, credential: string): string {
  const parts = credential.match(/[A-Za-z0-9._~+/=-]{8,}/g) ?? [];
  return parts.reduce((text, part) => text.split(part).join('[redacted]'), line);
}

export async function applyRemediation(
  graph: Graph,
  key: Buffer,
  itemId: string,
  actor: Actor,
  at: Date,
  options: ApplyOptions = {},
): Promise<ApplyState> {
  const state = await applyStateOf(graph, itemId);
  if (!state) throw new ReviewError('not_found', `no review item ${itemId} about an account`, 'itemId');
  const { offer } = state;
  if (!offer) throw new ReviewError('bad_input', `apply is not offered for this item: ${state.notOffered ?? 'no connection'}`, 'itemId');
  const { connection } = offer;
  const credential = await credentialOf(graph, key, connection.name);
  const connector = CONNECTORS[connection.kind];
  const fetchFn = options.http?.fetch ?? fetch;
  const headers = connector.authenticate(credential, {
    baseUrl: connection.baseUrl,
    org: connection.org,
    fetch: fetchFn,
    now: options.http?.now ?? Date.now,
  });
  let result: DeprovisionOutcome;
  try {
    result = await offer.deprovisioner.apply(offer.target, {
      org: connection.org,
      credential,
      send: vendorSender(connection.baseUrl, { ...options.http, headers }),
    });
  } catch (error) {
    if (!(error instanceof VendorApiError) && !(error instanceof VendorUnreachableError)) throw error;
    result = { ok: false, status: error instanceof VendorApiError ? error.status : null, outcome: error.message };
  }
  const applied: AppliedRecord = {
    at: at.toISOString(),
    by: actor.name,
    connection: connection.name,
    status: result.status,
    outcome: redacted(result.outcome, credential),
    ok: result.ok,
  };
  await graph.executeWrite(async (tx) => {
    decodeRows(
      z.object({ itemId: z.string() }),
      rowsOf(
        await tx.run(q.RECORD_APPLY, {
          itemId,
          at: applied.at,
          actorName: actor.name,
          connection: applied.connection,
          status: applied.status,
          outcome: applied.outcome,
          ok: applied.ok,
        }),
      ),
      'remediation-apply',
    );
    const record = { connection: connection.name, kind: connection.kind, action: offer.action, ...pick(applied) };
    await appendAudit(tx, actor, { action: 'remediation.apply', targetType: 'ReviewItem', targetId: itemId, after: record }, at);
    await enqueueWebhookEvent(
      tx,
      'remediation.applied',
      { items: [{ itemId, appName: state.appName, account: state.account, ...record }] },
      at,
    );
  }, 'remediation-apply');
  return { ...state, applied };
}

function pick(applied: AppliedRecord): { ok: boolean; status: number | null; outcome: string } {
  return { ok: applied.ok, status: applied.status, outcome: applied.outcome };
}
