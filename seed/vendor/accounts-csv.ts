/**
 * accounts/<app>.csv: an app's user list as its admin page exports it (accounts-csv importer):
 * Email, Name, Role, Status (the vendor's word from the catalog), Seat type, Invited at, Last active
 * (left out when the app gives no activity data), Created, and Account kind when the app has service
 * or shared accounts. Removed users are listed with the vendor's word for deactivated. Emails are
 * written as the vendor has them (a case variant stays as typed).
 */
import type { AppRecord } from '../org.types.js';
import { accountsOf, csvText, statusWord, type VendorContext } from './common.js';

export function accountsCsv(ctx: VendorContext, app: AppRecord): string {
  const entry = ctx.catalog.get(app.catalogKey);
  const activity = entry.activityData;
  const accounts = accountsOf(ctx, app);
  const kinds = accounts.some((a) => a.kind !== 'human');
  const header = [
    'Email',
    'Name',
    'Role',
    'Status',
    'Seat type',
    'Invited at',
    ...(activity ? ['Last active'] : []),
    'Created',
    ...(kinds ? ['Account kind'] : []),
  ];
  const rows = accounts.map((a) => [
    a.exportEmail ?? a.email,
    a.displayName,
    a.roleNames.join('; '),
    statusWord(entry, a.removedAt === null ? a.status : 'deactivated'),
    a.seatType,
    a.invitedAt,
    ...(activity ? [a.lastActiveAt] : []),
    a.createdAt,
    ...(kinds ? [a.kind] : []),
  ]);
  return csvText(header, rows);
}
