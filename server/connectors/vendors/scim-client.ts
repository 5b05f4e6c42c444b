/**
 * An outgoing SCIM 2.0 client (RFC 7644) for an app that serves SCIM: it reads nothing (the app's
 * accounts come from its own import or connector), it deprovisions the accounts a review revokes
 * in the Attest app the connection names (deprovision/scim.ts). Bearer token auth (RFC 7644 §2).
 */
import type { Connector } from '../connector.js';
import { checkScimCredential, parseScimCredential } from '../deprovision/scim-credential.js';

export const scimClientConnector: Connector = {
  kind: 'scim',
  label: 'SCIM 2.0 server',
  defaultUrl: null,
  org: { label: 'Attest app the SCIM server manages (its name, --app)', pattern: /^\S.{0,199}$/ },
  credential: {
    label: 'Bearer token',
    hint: 'The SCIM bearer token the app issued (its users: read and write), alone; or {"token": "…", "fallbackToDelete": true} to delete users on a server that refuses PATCH.',
    multiline: false,
  },
  authenticate: (credential) => {
    const token = parseScimCredential(credential)?.token ?? credential.trim();
    const headers = { authorization: `Bearer ${token}`, accept: 'application/scim+json, application/json' };
    return () => Promise.resolve(headers);
  },
  checkCredential: checkScimCredential,
  pulls: [],
  probes: [{ permission: 'read Users', path: '/Users?count=1' }],
};
