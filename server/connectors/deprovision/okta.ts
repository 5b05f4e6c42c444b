/**
 * Okta: the user's assignment to the app is removed (DELETE /api/v1/apps/{appId}/users/{userId},
 * 204), which with provisioning on deactivates or removes the account in the app. The Okta app is
 * found among the apps assigned to the user (GET /api/v1/apps?filter=user.id eq "…") by its label,
 * as the okta-app-users import names apps. A user assigned through a group is refused by Okta and
 * must leave the group. Needs okta.apps.manage (an API token of an admin who manages the app).
 * https://developer.okta.com/docs/api/openapi/okta-management/management/tag/ApplicationUsers/#tag/ApplicationUsers/operation/unassignUserFromApplication
 */
import { z } from 'zod';
import { appId } from '../../ingest/ids.js';
import { refusal, type Deprovisioner } from './deprovisioner.js';

const apps = z.array(z.looseObject({ id: z.string(), label: z.string() }));

export const oktaDeprovisioner: Deprovisioner = {
  describe(target) {
    return target.idpUserId
      ? `remove the Okta assignment of ${target.username ?? target.email ?? target.idpUserId} to ${target.appName}`
      : null;
  },
  async apply(target, context) {
    const userId = target.idpUserId;
    if (!userId) return { ok: false, status: null, outcome: 'the account has no Okta user assigned to the app' };
    const filter = encodeURIComponent(`user.id eq "${userId}"`);
    const listed = await context.send('GET', `/api/v1/apps?filter=${filter}&limit=200`);
    if (listed.status !== 200) return refusal('Okta', listed);
    const wanted = appId(target.appName);
    const app = (apps.safeParse(listed.body).data ?? []).find((candidate) => appId(candidate.label) === wanted);
    if (!app) return { ok: false, status: 404, outcome: `Okta lists no app "${target.appName}" assigned to the user` };
    const answer = await context.send('DELETE', `/api/v1/apps/${encodeURIComponent(app.id)}/users/${encodeURIComponent(userId)}`);
    if (answer.status === 204) return { ok: true, status: 204, outcome: `Okta accepted: the user's assignment to ${app.label} is removed` };
    return refusal('Okta', answer);
  },
};
