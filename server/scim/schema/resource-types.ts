import { GROUP_SCHEMA } from './group.schema.js';
import type { ResourceTypeDef } from './types.js';
import { ENTERPRISE_USER_SCHEMA, USER_SCHEMA } from './user.schema.js';

export const USER_TYPE: ResourceTypeDef = {
  id: 'User',
  name: 'User',
  endpoint: '/Users',
  description: 'A person provisioned by the identity provider; stored as an Attest Identity.',
  schema: USER_SCHEMA,
  extensions: [ENTERPRISE_USER_SCHEMA],
};

export const GROUP_TYPE: ResourceTypeDef = {
  id: 'Group',
  name: 'Group',
  endpoint: '/Groups',
  description: 'A group provisioned by the identity provider; stored as an Attest IdpGroup.',
  schema: GROUP_SCHEMA,
  extensions: [],
};

export const RESOURCE_TYPES: ResourceTypeDef[] = [USER_TYPE, GROUP_TYPE];
export const SCHEMAS = [USER_SCHEMA, ENTERPRISE_USER_SCHEMA, GROUP_SCHEMA];
