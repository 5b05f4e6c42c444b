/** Roles and seat types as the "Roles and seats to classify" view, the CLI and the audit log see them. */
import type { Privilege } from '../catalog/catalog.types.js';
import { PRIVILEGE_SOURCES, SEAT_COST_SOURCES, type PrivilegeSource, type SeatCostSource } from '../catalog/vocabulary.js';
import { PRIVILEGES } from '../catalog/catalog.schema.js';
import type { Plain } from '../graph/values.js';

export interface VocabularyApp {
  id: string;
  name: string;
  /** null: the app is outside the catalog. */
  catalogKey: string | null;
}

export interface VocabularyRole {
  id: string;
  name: string;
  privilege: Privilege;
  privilegeSource: PrivilegeSource;
  /** What the catalog says, or what the name suggests: the privilege before anyone chose. */
  defaultPrivilege: Privilege;
  /** Live accounts holding the role. */
  holders: number;
}

export interface VocabularySeatType {
  id: string;
  name: string;
  /** Per seat per month; null while nobody knows (an app outside the catalog). */
  monthlyCost: number | null;
  currency: string;
  costSource: SeatCostSource;
  defaultMonthlyCost: number | null;
  /** Live accounts holding the seat type. */
  holders: number;
}

export interface AppVocabulary {
  app: VocabularyApp;
  roles: VocabularyRole[];
  seatTypes: VocabularySeatType[];
}

type Fields = { [key: string]: Plain };

function fields(value: Plain): Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`expected a map from the graph, got ${JSON.stringify(value)}`);
  return value;
}

function oneOf<T extends string>(allowed: readonly T[], value: Plain | undefined): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new Error(`expected one of ${allowed.join(', ')} from the graph, got ${JSON.stringify(value)}`);
  return found;
}

const numberOrNull = (value: Plain | undefined): number | null => (typeof value === 'number' ? value : null);

export function toVocabularyApp(value: Plain): VocabularyApp {
  const app = fields(value);
  return { id: String(app.id), name: String(app.name), catalogKey: typeof app.catalogKey === 'string' ? app.catalogKey : null };
}

export function toVocabularyRole(value: Plain): VocabularyRole {
  const role = fields(value);
  return {
    id: String(role.id),
    name: String(role.name),
    privilege: oneOf(PRIVILEGES, role.privilege),
    privilegeSource: oneOf(PRIVILEGE_SOURCES, role.privilegeSource),
    defaultPrivilege: oneOf(PRIVILEGES, role.defaultPrivilege),
    holders: Number(role.holders ?? 0),
  };
}

export function toVocabularySeatType(value: Plain): VocabularySeatType {
  const seat = fields(value);
  return {
    id: String(seat.id),
    name: String(seat.name),
    monthlyCost: numberOrNull(seat.monthlyCost),
    currency: String(seat.currency ?? 'USD'),
    costSource: oneOf(SEAT_COST_SOURCES, seat.costSource),
    defaultMonthlyCost: numberOrNull(seat.defaultMonthlyCost),
    holders: Number(seat.holders ?? 0),
  };
}
