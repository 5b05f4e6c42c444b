import { actorOf } from '../../audit/actor.js';
import { loadSecretKey } from '../../connectors/secret-box.js';
import { dataDir } from '../../graph/connect.js';
import { applyStateOf, type ApplyState } from '../../reviews/apply-offer.js';
import { applyRemediation } from '../../reviews/apply-remediation.js';
import type { ApiContext } from '../context.js';
import { requireAdmin } from './review-access.js';
import { asApiErrors } from './review-errors.js';
import type { RemediationApply } from './remediation-apply.type.js';

function toApply(state: ApplyState): RemediationApply {
  return {
    offeredVia: state.offer?.connection.name ?? null,
    action: state.offer?.action ?? null,
    notOffered: state.notOffered,
    account: state.account,
    appName: state.appName,
    appliedAt: state.applied?.at ?? null,
    appliedByName: state.applied?.by ?? null,
    appliedVia: state.applied?.connection ?? null,
    httpStatus: state.applied?.status ?? null,
    outcome: state.applied?.outcome ?? null,
    ok: state.applied?.ok ?? null,
  };
}

/** "Apply" on a revoke's remediation task, for admins. */
export class RemediationApplyService {
  constructor(private readonly ctx: ApiContext) {}

  /** Null for anyone but an admin, and for an item that is not a revoke with a task. */
  async of(itemId: string): Promise<RemediationApply | null> {
    if (this.ctx.viewer?.role !== 'admin') return null;
    const state = await applyStateOf(this.ctx.graph, itemId);
    return state ? toApply(state) : null;
  }

  apply(itemId: string): Promise<RemediationApply> {
    const viewer = requireAdmin(this.ctx.viewer);
    return asApiErrors(async () => {
      return toApply(await applyRemediation(this.ctx.graph, loadSecretKey(dataDir()), itemId, actorOf(viewer), this.ctx.now));
    });
  }
}
