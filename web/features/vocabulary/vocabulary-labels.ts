import { everyValue } from '../../shared/enums.js';
import { formatCountOf } from '../../shared/format.js';
import type { Privilege, PrivilegeSource, SeatCostSource } from '../../graphql/graphql.js';

/** The privileges a person can give a role, most powerful first. */
export const PRIVILEGES = everyValue<Privilege>()(['OWNER', 'ADMIN', 'STANDARD', 'VIEWER']);

/** Why a role has the privilege it has, as a note under it. */
export const PRIVILEGE_SOURCE_NOTES: Record<PrivilegeSource, string> = {
  CATALOG: 'from the app catalog',
  INFERRED: "read from the role's name",
  CONFIRMED: 'confirmed by a person',
};

/** Why a seat type costs what it costs, as a note under the cost. */
export const COST_SOURCE_NOTES: Record<SeatCostSource, string> = {
  CATALOG: 'from the app catalog',
  ASSUMED: "assumed: the app's default seat",
  UNKNOWN: 'not in the catalog and not set yet; spend and waste leave these seats out',
  CONFIRMED: 'set by a person',
};

/** "2 roles and 1 seat type", "1 role", "3 seat types": the parts that are not zero ("nothing" when both are). */
export function rolesAndSeatTypesCount(roles: number, seatTypes: number): string {
  const parts = [roles > 0 ? formatCountOf(roles, 'role') : null, seatTypes > 0 ? formatCountOf(seatTypes, 'seat type') : null].filter(
    (part) => part !== null,
  );
  return parts.length > 0 ? parts.join(' and ') : 'nothing';
}
