/** The connectors that can deprovision an account, by connection kind. */
import type { ConnectorKind } from '../vendors/index.js';
import type { Deprovisioner } from './deprovisioner.js';
import { githubDeprovisioner } from './github.js';
import { oktaDeprovisioner } from './okta.js';
import { scimDeprovisioner } from './scim.js';

export const DEPROVISIONERS: Partial<Record<ConnectorKind, Deprovisioner>> = {
  okta: oktaDeprovisioner,
  github: githubDeprovisioner,
  scim: scimDeprovisioner,
};
