/**
 * accounts/<app>.csv: an app's user list as its admin page exports it (accounts-csv importer):
 * Email, Name, Role, Status (the vendor's word from the catalog), Seat type, Invited at, Last active
 * (left out when the app gives no activity data), Created. Removed users are listed with the
 * vendor's word for deactivated.
 */
import type { AppRecord } from '../org.types.js';
import { accountsOf, csvText, statusWord, type VendorContext } from './common.js';

export function accountsCsv(ctx: VendorContext, app: AppRecord): string {
  const entry = ctx.catalog.get(app.catalogKey);
  const activity = entry.activityData;
  const header = ['Email', 'Name', 'Role', 'Status', 'Seat type', 'Invited at', ...(activity ? ['Last active'] : []), 'Created'];
  const rows = accountsOf(ctx, app).map((a) => [
    a.email,
    a.displayName,
    a.roleNames.join('; '),
    statusWord(entry, a.removedAt === null ? a.status : 'deactivated'),
    a.seatType,
    a.invitedAt,
    ...(activity ? [a.lastActiveAt] : []),
    a.createdAt,
  ]);
  return csvText(header, rows);
}
