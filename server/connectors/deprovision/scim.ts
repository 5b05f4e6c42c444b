/**
 * An outgoing SCIM 2.0 client (RFC 7644): the user is found by userName (the account's username,
 * else its email), else by externalId (GET /Users?filter=userName eq "…", §3.4.2.2), then
 * deactivated with a PatchOp replacing active with false (§3.5.2.3). A server that refuses PATCH
 * (400, 405, 501) deletes the user instead (DELETE /Users/{id}, §3.6) when the credential says
 * fallbackToDelete.
 */
import { z } from 'zod';
import { refusal, type DeprovisionContext, type DeprovisionOutcome, type Deprovisioner, type DeprovisionTarget } from './deprovisioner.js';
import { parseScimCredential } from './scim-credential.js';

const SCIM_JSON = 'application/scim+json';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const listResponse = z.looseObject({
  totalResults: z.number(),
  Resources: z.array(z.looseObject({ id: z.string(), userName: z.string().optional() })).optional(),
});

/** A filter's string value, with the quotes and backslashes escaped as JSON strings are (RFC 7644 §3.4.2.2). */
const quoted = (value: string): string => JSON.stringify(value);

function keysOf(target: DeprovisionTarget): { attribute: 'userName' | 'externalId'; value: string }[] {
  const keys: { attribute: 'userName' | 'externalId'; value: string }[] = [];
  const userName = target.username ?? target.email;
  if (userName) keys.push({ attribute: 'userName', value: userName });
  if (target.email && target.email !== userName) keys.push({ attribute: 'userName', value: target.email });
  if (target.externalId) keys.push({ attribute: 'externalId', value: target.externalId });
  return keys;
}

async function findUser(
  target: DeprovisionTarget,
  context: DeprovisionContext,
): Promise<{ id: string; userName: string } | DeprovisionOutcome> {
  for (const key of keysOf(target)) {
    const filter = encodeURIComponent(`${key.attribute} eq ${quoted(key.value)}`);
    const answer = await context.send('GET', `/Users?filter=${filter}`);
    if (answer.status !== 200) return refusal('the SCIM server', answer);
    const found = listResponse.safeParse(answer.body).data?.Resources ?? [];
    if (found.length > 1)
      return { ok: false, status: 200, outcome: `the SCIM server has ${found.length} users with ${key.attribute} ${key.value}` };
    const [user] = found;
    if (user) return { id: user.id, userName: user.userName ?? key.value };
  }
  const tried = keysOf(target)
    .map((k) => `${k.attribute} ${k.value}`)
    .join(', ');
  return { ok: false, status: 200, outcome: `the SCIM server has no user with ${tried || 'a known key'}` };
}

export const scimDeprovisioner: Deprovisioner = {
  describe(target) {
    return keysOf(target).length
      ? `deactivate ${target.username ?? target.email ?? target.externalId} on the SCIM server of ${target.appName}`
      : null;
  },
  async apply(target, context) {
    const user = await findUser(target, context);
    if ('ok' in user) return user;
    const path = `/Users/${encodeURIComponent(user.id)}`;
    const patch = { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] };
    const answer = await context.send('PATCH', path, { json: patch, contentType: SCIM_JSON });
    if (answer.status === 200 || answer.status === 204)
      return { ok: true, status: answer.status, outcome: `the SCIM server deactivated ${user.userName} (active: false)` };
    const unsupported = [400, 405, 501].includes(answer.status);
    if (!unsupported || !parseScimCredential(context.credential)?.fallbackToDelete) return refusal('the SCIM server', answer);
    const deleted = await context.send('DELETE', path);
    if (deleted.status === 204 || deleted.status === 200)
      return {
        ok: true,
        status: deleted.status,
        outcome: `the SCIM server refused PATCH (${answer.status}); ${user.userName} deleted instead`,
      };
    return refusal('the SCIM server', deleted);
  },
};
