import type { Catalog } from '../../catalog/catalog.js';
import type { CatalogEntry, Privilege } from '../../catalog/catalog.types.js';
import { defaultSeat, resolveRole, resolveSeatType, vocabularyKey, type RoleWord, type SeatWord } from '../../catalog/vocabulary.js';
import { accountId, appId, groupId, identityId, integrationId, personId, roleId, seatTypeId } from '../ids.js';
import type { AccountIn, AppRefIn, ImportBatch } from '../model.js';

/** One record as the UNWIND statements take it (records.queries.ts); the writer adds its content hash. */
export interface RecordRow extends Record<string, unknown> {
  id: string;
  contentHash?: string;
}

/** A record that belongs to an app (account, IdP assignment, integration). */
export interface AppRecordRow extends RecordRow {
  appId: string;
}

/**
 * The batch as rows for the UNWIND statements: ids computed, apps, roles and seat types resolved
 * against the catalog. A record listed twice is one row, the last (as MERGE-ing both would leave it).
 */
export interface PreparedBatch {
  apps: AppRow[];
  people: RecordRow[];
  identities: RecordRow[];
  groups: RecordRow[];
  accounts: AppRecordRow[];
  assignments: AppRecordRow[];
  integrations: AppRecordRow[];
  /** What the import kept in the customer's words (apps, roles and seat types the catalog does not know), for the SyncRun's notes. */
  notes: string[];
}

interface RoleRow {
  id: string;
  name: string;
  privilege: Privilege;
  source: RoleWord['source'];
}

interface SeatRow {
  id: string;
  name: string;
  monthlyCost: number | null;
  currency: string;
  source: SeatWord['source'];
}

/** The UPSERT_APPS row for an app: its id, and the roles and seat types its catalog entry defines or its records name. */
export interface AppRow extends Record<string, unknown> {
  id: string;
  name: string;
  catalogKey: string | null;
  plan: string | null;
  defaultPlan: string | null;
  billingModel: string | null;
  roles: RoleRow[];
  seatTypes: SeatRow[];
}

/** One app of the batch: its catalog entry's roles and seat types, and those its records name in the vendor's words. */
class PreparedApp {
  readonly id: string;
  readonly entry: CatalogEntry | undefined;
  private readonly roles = new Map<string, RoleRow>();
  private readonly seats = new Map<string, SeatRow>();

  constructor(
    private readonly ref: AppRefIn,
    catalog: Catalog,
  ) {
    this.id = appId(ref.name);
    this.entry = ref.catalogKey === null ? undefined : catalog.get(ref.catalogKey);
    for (const role of this.entry?.roles ?? []) this.role(role.name);
    if (this.entry) for (const seat of this.entry.seatTypes) this.seat(resolveSeatType(this.entry, seat.name));
    else this.seat(defaultSeat(undefined));
  }

  /**
   * The id of the role a record names, adding the vendor's word when the catalog does not know it.
   * Catalog roles keep the catalog's name in their id; a vendor's word is keyed in lower case, so
   * "Financeiro" and "FINANCEIRO" are one role.
   */
  role(word: string): string {
    const resolved = resolveRole(this.entry, word);
    const key = vocabularyKey(resolved.name);
    const known = this.roles.get(key);
    if (known) return known.id;
    const row = { id: roleId(this.id, resolved.source === 'catalog' ? resolved.name : key), ...resolved };
    this.roles.set(key, row);
    return row.id;
  }

  /** The id of a seat type, keyed like roles. */
  seat(resolved: SeatWord): string {
    const key = vocabularyKey(resolved.name);
    const known = this.seats.get(key);
    if (known) return known.id;
    const row = { id: seatTypeId(this.id, resolved.source === 'catalog' ? resolved.name : key), ...resolved };
    this.seats.set(key, row);
    return row.id;
  }

  row(): AppRow {
    return {
      id: this.id,
      name: this.ref.name,
      catalogKey: this.entry?.key ?? null,
      plan: this.ref.plan,
      defaultPlan: this.entry?.defaultPlan ?? null,
      billingModel: this.entry?.billingModel ?? null,
      roles: [...this.roles.values()],
      seatTypes: [...this.seats.values()],
    };
  }

  notes(): string[] {
    const roles = [...this.roles.values()].filter((r) => r.source === 'inferred').map((r) => `${JSON.stringify(r.name)} (${r.privilege})`);
    const seats = [...this.seats.values()]
      .filter((s) => s.source === 'assumed')
      .map((s) => `${JSON.stringify(s.name)} (${s.monthlyCost} ${s.currency})`);
    return [
      ...(this.entry
        ? []
        : [
            `${this.ref.name} is not in the catalog: imported with activity unknown and seat cost unknown until set (attest roles set-seat).`,
          ]),
      ...(roles.length
        ? [
            `Roles the catalog does not know for ${this.ref.name}, privilege read from the name until classified (attest roles): ${roles.join(', ')}.`,
          ]
        : []),
      ...(seats.length
        ? [
            `Seat types the catalog does not know for ${this.ref.name}, at the default seat's cost until set (attest roles set-seat): ${seats.join(', ')}.`,
          ]
        : []),
    ];
  }
}

/**
 * Takes the records out of the batch (its lists are emptied as each is turned into rows, so a large
 * import never holds both) and returns them as rows.
 */
export function prepareBatch(batch: ImportBatch, catalog: Catalog): PreparedBatch {
  const apps = new Map<string, PreparedApp>();
  const useApp = (ref: AppRefIn): PreparedApp => {
    const id = appId(ref.name);
    const known = apps.get(id);
    if (known) return known;
    const app = new PreparedApp(ref, catalog);
    apps.set(id, app);
    return app;
  };

  const accounts = lastById(
    drain(batch.accounts, (account): AppRecordRow => {
      const app = useApp(account.app);
      const { app: _ref, counters: _counters, roles, seatType: _seatType, ...fields } = account;
      const seat = seatFor(account, app.entry);
      return {
        ...fields,
        appId: app.id,
        id: accountId(app.id, account),
        roleIds: [...new Set(roles.map((word) => app.role(word)))],
        seatTypeId: seat === null ? null : app.seat(seat),
        counterNames: Object.keys(account.counters),
        counterValues: Object.values(account.counters),
      };
    }),
  );
  const people = lastById(drain(batch.people, (p) => ({ ...p, id: personId(p.employeeId) })));
  const identities = lastById(drain(batch.identities, (i) => ({ ...i, id: identityId(i.idp, i.externalId) })));
  const groups = lastById(
    drain(batch.groups, (g) => ({
      id: groupId(g.idp, g.externalId),
      idp: g.idp,
      externalId: g.externalId,
      name: g.name,
      memberIds: g.memberExternalIds?.map((m) => identityId(g.idp, m)) ?? null,
    })),
  );
  const assignments = lastById(
    drain(batch.assignments, (a): AppRecordRow => {
      const identity = identityId(a.idp, a.identityExternalId);
      const app = useApp(a.app).id;
      return {
        id: `${identity}->${app}`,
        identityId: identity,
        appId: app,
        appUserName: a.appUserName?.toLowerCase() ?? null,
        appExternalId: a.appExternalId,
        scope: a.scope,
        status: a.status,
      };
    }),
  );
  const integrations = lastById(
    drain(batch.integrations, (n): AppRecordRow => {
      const app = useApp(n.app).id;
      const { app: _ref, ...fields } = n;
      return {
        ...fields,
        appId: app,
        id: integrationId(app, n.name, n.mode, n.mode === 'workspace' ? null : (n.authorizedBy ?? n.enabledBy)),
        enabledBy: n.enabledBy,
        authorizedBy: n.authorizedBy,
      };
    }),
  );

  return {
    people,
    identities,
    groups,
    accounts,
    assignments,
    integrations,
    apps: [...apps.values()].map((app) => app.row()),
    notes: [...apps.values()].flatMap((app) => app.notes()),
  };
}

/**
 * Each item converted, taken out of `items` as it is (the list is empty afterwards), so a large
 * import never holds the parsed records and their rows both whole.
 */
function drain<T, R>(items: T[], convert: (item: T) => R): R[] {
  items.reverse();
  const out: R[] = [];
  for (let item = items.pop(); item !== undefined; item = items.pop()) out.push(convert(item));
  return out;
}

/** Rows with distinct ids, the last of each (the input's order otherwise kept); the same array when every id is distinct. */
function lastById<T extends { id: string }>(rows: T[]): T[] {
  const last = new Map<string, number>();
  rows.forEach((row, index) => last.set(row.id, index));
  return last.size === rows.length ? rows : rows.filter((row, index) => last.get(row.id) === index);
}

/** The UPSERT_APPS row for an app with only what its catalog entry defines (app settings). */
export function appRow(ref: AppRefIn, catalog: Catalog): AppRow {
  return new PreparedApp(ref, catalog).row();
}

/**
 * A seat is held by active accounts, by invites where the app bills at invite, and by suspended
 * accounts where suspending keeps the licence (both unknown for an app outside the catalog, so not
 * counted); the app's default seat when the source names none.
 */
function seatFor(account: AccountIn, entry: CatalogEntry | undefined): SeatWord | null {
  const holdsSeat =
    account.status === 'active' ||
    (account.status === 'invited' && entry?.invitesConsumeSeat === true) ||
    (account.status === 'suspended' && entry?.suspendedHoldsSeat === true);
  if (!holdsSeat) return null;
  return account.seatType === null ? defaultSeat(entry) : resolveSeatType(entry, account.seatType);
}
