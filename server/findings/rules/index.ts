import type { FindingRule } from '../rule.js';
import { duplicateAccount } from './duplicate-account.js';
import { externalAccount } from './external-account.js';
import { inactiveUser } from './inactive-user.js';
import { integrationLeftBehind } from './integration-left-behind.js';
import { orphanedAccount } from './orphaned-account.js';
import { pendingInvite } from './pending-invite.js';
import { privilegedWithoutSso } from './privileged-without-sso.js';
import { soleAdmin } from './sole-admin.js';

export const RULES: readonly FindingRule[] = [
  orphanedAccount,
  pendingInvite,
  soleAdmin,
  inactiveUser,
  integrationLeftBehind,
  duplicateAccount,
  privilegedWithoutSso,
  externalAccount,
];
