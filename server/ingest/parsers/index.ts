/** Every import kind's parser, by kind. */
import type { ImportKind } from '../model.js';
import type { Parser } from '../parser.js';
import { accountsCsvParser } from './accounts-csv.js';
import { atlassianCsvParser } from './atlassian-csv.js';
import { atlassianUsersParser } from './atlassian-users.js';
import { batonParser } from './baton.js';
import { entraAppRolesParser } from './entra-app-roles.js';
import { entraGrantsParser } from './entra-grants.js';
import { entraUsersParser } from './entra-users.js';
import { githubMembersParser } from './github-members.js';
import { googleTokensParser } from './google-tokens.js';
import { googleUsersParser } from './google-users.js';
import { hrCsvParser } from './hr-csv.js';
import { integrationsParser } from './integrations.js';
import { oktaAppUsersParser } from './okta-app-users.js';
import { oktaGrantsParser } from './okta-grants.js';
import { oktaGroupsParser } from './okta-groups.js';
import { oktaUsersParser } from './okta-users.js';
import { scimParser } from './scim.js';
import { slackUsersParser } from './slack-users.js';

export const PARSERS: Record<ImportKind, Parser> = {
  'hr-csv': hrCsvParser,
  'okta-users': oktaUsersParser,
  'okta-groups': oktaGroupsParser,
  'okta-app-users': oktaAppUsersParser,
  'okta-grants': oktaGrantsParser,
  'entra-users': entraUsersParser,
  'entra-app-roles': entraAppRolesParser,
  'entra-grants': entraGrantsParser,
  'google-users': googleUsersParser,
  'google-tokens': googleTokensParser,
  scim: scimParser,
  'slack-users': slackUsersParser,
  'github-members': githubMembersParser,
  'atlassian-csv': atlassianCsvParser,
  'atlassian-users': atlassianUsersParser,
  'accounts-csv': accountsCsvParser,
  integrations: integrationsParser,
  baton: batonParser,
};
