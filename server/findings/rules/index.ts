/**
 * The registry of finding rules: one file per rule, listed here in the order the dashboard shows them.
 * Everything else that names finding types (the GraphQL enum, the catalog's caveat types, review
 * recommendations, the dashboard's labels) is derived from this list; see server/findings/README.md.
 */
import { findingTypesOf } from '../rule.js';
import { duplicateAccount } from './duplicate-account.js';
import { externalAccount } from './external-account.js';
import { inactiveUser } from './inactive-user.js';
import { integrationLeftBehind } from './integration-left-behind.js';
import { orphanedAccount } from './orphaned-account.js';
import { pendingInvite } from './pending-invite.js';
import { privilegedWithoutSso } from './privileged-without-sso.js';
import { soleAdmin } from './sole-admin.js';
import { suspendedSeat } from './suspended-seat.js';
import { unassignedSeats } from './unassigned-seats.js';

export const RULES = [
  orphanedAccount,
  pendingInvite,
  soleAdmin,
  inactiveUser,
  integrationLeftBehind,
  duplicateAccount,
  privilegedWithoutSso,
  externalAccount,
  suspendedSeat,
  unassignedSeats,
] as const;

export type FindingType = (typeof RULES)[number]['type'];

export const FINDING_TYPES = findingTypesOf(RULES);
