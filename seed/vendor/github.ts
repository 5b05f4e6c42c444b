/**
 * github/<app>.json: the organization's members (GET /orgs/{org}/members with each user's email and
 * name), admins (?role=admin) and pending invitations (GET /orgs/{org}/invitations). GitHub lists
 * only current members and open invitations: removed, deactivated and suspended accounts are absent.
 * Service accounts are members of type "Bot".
 */
import type { AppRecord } from '../org.types.js';
import { accountNumber, accountsOf, type VendorContext } from './common.js';

export function githubMembers(ctx: VendorContext, app: AppRecord): unknown {
  const accounts = accountsOf(ctx, app).filter((a) => a.removedAt === null);
  const user = (login: string, n: number, email: string, name: string, kind: string) => ({
    login,
    id: 10_000_000 + n,
    node_id: `MDQ6VXNlcj${n}`,
    type: kind === 'service' ? 'Bot' : 'User',
    site_admin: false,
    email,
    name,
  });
  const members = accounts
    .filter((a) => a.status === 'active')
    .map((a) => user(a.username ?? a.email, accountNumber(a), a.exportEmail ?? a.email, a.displayName, a.kind));
  const admins = accounts
    .filter((a) => a.status === 'active' && a.roleNames.includes('Owner'))
    .map((a) => user(a.username ?? a.email, accountNumber(a), a.exportEmail ?? a.email, a.displayName, a.kind));
  const invitations = accounts
    .filter((a) => a.status === 'invited')
    .map((a) => ({
      id: 20_000_000 + accountNumber(a),
      login: null,
      email: a.email,
      role: a.roleNames.includes('Owner') ? 'admin' : 'direct_member',
      created_at: a.invitedAt ?? a.createdAt,
      invitation_teams_url: null,
    }));
  return { members, admins, invitations };
}
