/** The deprovisioning writes against a local SCIM provider: rate limits waited out, PATCH refused and DELETE instead when configured, credentials checked. */
import { afterEach, describe, expect, it } from 'vitest';
import type { DeprovisionTarget } from '../../../server/connectors/deprovision/deprovisioner.js';
import { scimDeprovisioner } from '../../../server/connectors/deprovision/scim.js';
import { checkScimCredential, parseScimCredential } from '../../../server/connectors/deprovision/scim-credential.js';
import { vendorSender } from '../../../server/connectors/deprovision/vendor-request.js';
import { startFakeScim, type FakeScim } from '../../support/fake-vendors/fake-scim.js';

let scim: FakeScim | null = null;
afterEach(async () => {
  await scim?.close();
  scim = null;
});

const target: DeprovisionTarget = {
  appName: 'Jasper',
  username: null,
  email: 'bjensen@example.com',
  externalId: 'bjensen',
  roles: [],
  status: 'active',
  idpUserId: null,
};

async function applyWith(
  credential: string,
  fetchFn?: typeof fetch,
): Promise<{ outcome: Awaited<ReturnType<typeof scimDeprovisioner.apply>>; waits: number[] }> {
  if (!scim) throw new Error('no fake');
  const waits: number[] = [];
  const token = parseScimCredential(credential)?.token ?? '';
  const send = vendorSender(`${scim.url}/scim/v2`, {
    headers: () => Promise.resolve({ authorization: `Bearer ${token}` }),
    sleep: (ms) => Promise.resolve(void waits.push(ms)),
    fetch: fetchFn,
  });
  return { outcome: await scimDeprovisioner.apply(target, { org: 'Jasper', credential, send }), waits };
}

describe('deprovisioning through SCIM', () => {
  it('finds the user by externalId when no userName matches, and deletes it when PATCH is refused and the credential says fallbackToDelete', async () => {
    scim = await startFakeScim([{ id: '2819c223-7f76-453a-919d-413861904646', userName: 'bjensen', externalId: 'bjensen', active: true }]);
    scim.state.patchUnsupported = true;
    const refused = await applyWith(scim.token);
    expect(refused.outcome).toEqual({ ok: false, status: 501, outcome: 'the SCIM server refused (501): PATCH is not supported' });
    expect(scim.users).toHaveLength(1);

    scim.requests.length = 0;
    const deleted = await applyWith(JSON.stringify({ token: scim.token, fallbackToDelete: true }));
    expect(deleted.outcome).toEqual({ ok: true, status: 204, outcome: 'the SCIM server refused PATCH (501); bjensen deleted instead' });
    expect(scim.requests.map((line) => line.replace(/ \{.*$/, ''))).toEqual([
      'GET /scim/v2/Users ?filter=userName eq "bjensen@example.com" 200',
      'GET /scim/v2/Users ?filter=externalId eq "bjensen" 200',
      'PATCH /scim/v2/Users/2819c223-7f76-453a-919d-413861904646 501',
      'DELETE /scim/v2/Users/2819c223-7f76-453a-919d-413861904646 204',
    ]);
    expect(scim.users).toEqual([]);
  });

  it('waits out a 429 as the provider asks (Retry-After) and retries a 503, then applies', async () => {
    scim = await startFakeScim([{ id: 'u1', userName: 'bjensen@example.com', active: true }]);
    const answers = [new Response('{}', { status: 429, headers: { 'retry-after': '7' } }), new Response('', { status: 503 })];
    const flaky: typeof fetch = (input, init) => Promise.resolve(answers.shift() ?? fetch(input, init));
    const { outcome, waits } = await applyWith(scim.token, flaky);
    expect(outcome).toMatchObject({ ok: true, status: 204 });
    expect(waits).toEqual([7000, 2000]);
  });

  it('accepts a bearer token alone or the JSON form, and refuses anything else without echoing it', () => {
    expect(checkScimCredential('abc123')).toBeNull();
    expect(checkScimCredential('{"token": "abc123", "fallbackToDelete": true}')).toBeNull();
    const problem = checkScimCredential('Bearer secret-value-123');
    expect(problem).toMatch(/bearer token alone/);
    expect(problem).not.toContain('secret-value-123');
    expect(checkScimCredential('{"token": "abc", "delete": true}')).not.toBeNull();
  });
});
