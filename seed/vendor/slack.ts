/**
 * slack/<app>.json: the workspace's users.list response (invited and deleted users included).
 * Removed and deactivated accounts are deleted users. users.list has no activity date. The
 * workspace's bot users (is_bot, no email) are listed as Slack lists them; the importer leaves them out.
 */
import type { AccountRecord, AppRecord } from '../org.types.js';
import { accountNumber, accountsOf, hexId, type VendorContext } from './common.js';

function flags(account: AccountRecord): Record<string, boolean> {
  const role = account.roleNames[0] ?? 'Member';
  return {
    is_admin: ['Primary Owner', 'Workspace Owner', 'Workspace Admin'].includes(role),
    is_owner: ['Primary Owner', 'Workspace Owner'].includes(role),
    is_primary_owner: role === 'Primary Owner',
    is_restricted: role === 'Multi-Channel Guest' || role === 'Single-Channel Guest',
    is_ultra_restricted: role === 'Single-Channel Guest',
  };
}

export function slackUsers(ctx: VendorContext, app: AppRecord): unknown {
  const team = `T${app.id
    .replace(/[^a-z0-9]/gi, '')
    .toUpperCase()
    .slice(0, 9)}`;
  const members = accountsOf(ctx, app).map((account) => {
    const deleted = account.removedAt !== null || account.status === 'deactivated' || account.status === 'suspended';
    const updated =
      account.status === 'invited' && account.invitedAt !== null ? account.invitedAt : (account.removedAt ?? account.createdAt);
    return {
      id: `U${String(accountNumber(account)).padStart(8, '0')}`,
      team_id: team,
      name: account.username ?? account.email.slice(0, account.email.indexOf('@')),
      deleted,
      real_name: account.displayName,
      ...flags(account),
      is_bot: false,
      is_app_user: false,
      ...(account.status === 'invited' && !deleted ? { is_invited_user: true } : {}),
      updated: Math.floor(Date.parse(updated) / 1000),
      profile: { real_name: account.displayName, display_name: account.displayName, email: account.exportEmail ?? account.email },
    };
  });
  const bots = ctx.org.botUsers
    .filter((bot) => bot.appId === app.id)
    .map((bot) => ({
      id: `U${bot.id.replace(/\D/g, '').padStart(8, '0')}B`,
      team_id: team,
      name: bot.name,
      deleted: false,
      real_name: bot.displayName,
      is_admin: false,
      is_owner: false,
      is_bot: true,
      is_app_user: false,
      updated: Math.floor(Date.parse(ctx.org.now) / 1000) - 86_400 * 30,
      profile: { real_name: bot.displayName, display_name: bot.displayName, bot_id: `B${hexId(bot.id, 10).toUpperCase()}` },
    }));
  const slackbot = {
    id: 'USLACKBOT',
    team_id: team,
    name: 'slackbot',
    deleted: false,
    real_name: 'Slackbot',
    is_bot: false,
    updated: 0,
    profile: { real_name: 'Slackbot' },
  };
  return { ok: true, members: [slackbot, ...bots, ...members], response_metadata: { next_cursor: '' } };
}
