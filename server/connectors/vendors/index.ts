/** Every vendor connector, by the kind a user types. */
import type { Connector } from '../connector.js';
import { atlassianConnector } from './atlassian.js';
import { entraConnector } from './entra.js';
import { githubConnector } from './github.js';
import { googleConnector } from './google.js';
import { oktaConnector } from './okta.js';
import { scimClientConnector } from './scim-client.js';
import { slackConnector } from './slack.js';

export const CONNECTORS = {
  okta: oktaConnector,
  slack: slackConnector,
  github: githubConnector,
  entra: entraConnector,
  google: googleConnector,
  atlassian: atlassianConnector,
  scim: scimClientConnector,
} as const satisfies Record<string, Connector>;

export type ConnectorKind = keyof typeof CONNECTORS;
export const CONNECTOR_KINDS = Object.keys(CONNECTORS) as [ConnectorKind, ...ConnectorKind[]];

export function isConnectorKind(kind: string): kind is ConnectorKind {
  return Object.hasOwn(CONNECTORS, kind);
}
