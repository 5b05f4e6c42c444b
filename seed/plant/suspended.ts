/**
 * suspended_seat: offboarded people's accounts that were suspended (frozen) rather than removed, in
 * apps where suspending keeps the paid licence (Salesforce, Google Workspace, 1Password). The
 * baseline makes them (seed/accounts.ts); this records every one.
 */
import { isLive } from '../accounts.js';
import type { GenContext } from '../state.js';

const CASE = 'suspended_seat';

export function expectSuspendedSeats(ctx: GenContext): void {
  for (const app of ctx.apps) {
    if (!app.entry.suspendedHoldsSeat) continue;
    for (const account of app.accounts) {
      if (isLive(account) && account.record.status === 'suspended' && account.record.seatType !== null) {
        ctx.truth.expectAccount(CASE, account, CASE);
      }
    }
  }
}
