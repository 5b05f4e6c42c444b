/** Every vendor connector, by the kind a user types. */
import type { Connector } from '../connector.js';
import { atlassianConnector } from './atlassian.js';
import { githubConnector } from './github.js';
import { oktaConnector } from './okta.js';
import { slackConnector } from './slack.js';

export const CONNECTORS = {
  okta: oktaConnector,
  slack: slackConnector,
  github: githubConnector,
  atlassian: atlassianConnector,
} as const satisfies Record<string, Connector>;

export type ConnectorKind = keyof typeof CONNECTORS;
export const CONNECTOR_KINDS = Object.keys(CONNECTORS) as [ConnectorKind, ...ConnectorKind[]];

export function isConnectorKind(kind: string): kind is ConnectorKind {
  return Object.hasOwn(CONNECTORS, kind);
}
