import type { Catalog } from '../../catalog/catalog.js';
import type { CatalogEntry } from '../../catalog/catalog.types.js';
import { accountId, appId, groupId, identityId, integrationId, personId } from '../ids.js';
import type { AccountIn, AppRefIn, ImportBatch } from '../model.js';

/** The batch as rows for the UNWIND statements: ids computed, apps resolved against the catalog. */
export interface PreparedBatch {
  apps: Record<string, unknown>[];
  people: Record<string, unknown>[];
  identities: Record<string, unknown>[];
  groups: Record<string, unknown>[];
  accounts: Record<string, unknown>[];
  assignments: Record<string, unknown>[];
  integrations: Record<string, unknown>[];
}

export function prepareBatch(batch: ImportBatch, catalog: Catalog): PreparedBatch {
  const apps = new Map<string, Record<string, unknown>>();
  const useApp = (ref: AppRefIn): string => {
    const row = appRow(ref, catalog);
    if (!apps.has(row.id)) apps.set(row.id, row);
    return row.id;
  };

  const accounts = batch.accounts.map((account) => {
    const app = useApp(account.app);
    const { app: _ref, counters: _counters, ...fields } = account;
    return {
      ...fields,
      appId: app,
      id: accountId(app, account),
      seatType: seatTypeFor(account, catalog.get(account.app.catalogKey)),
      counterNames: Object.keys(account.counters),
      counterValues: Object.values(account.counters),
    };
  });

  return {
    people: batch.people.map((p) => ({ ...p, id: personId(p.employeeId) })),
    identities: batch.identities.map((i) => ({ ...i, id: identityId(i.idp, i.externalId) })),
    groups: batch.groups.map((g) => ({
      id: groupId(g.idp, g.externalId),
      idp: g.idp,
      externalId: g.externalId,
      name: g.name,
      memberIds: g.memberExternalIds?.map((m) => identityId(g.idp, m)) ?? null,
    })),
    accounts,
    assignments: batch.assignments.map((a) => ({
      identityId: identityId(a.idp, a.identityExternalId),
      appId: useApp(a.app),
      appUserName: a.appUserName?.toLowerCase() ?? null,
      appExternalId: a.appExternalId,
      scope: a.scope,
      status: a.status,
    })),
    integrations: batch.integrations.map((n) => {
      const app = useApp(n.app);
      const { app: _ref, ...fields } = n;
      return {
        ...fields,
        appId: app,
        id: integrationId(app, n.name, n.mode, n.mode === 'workspace' ? null : (n.authorizedBy ?? n.enabledBy)),
        enabledBy: n.enabledBy,
        authorizedBy: n.authorizedBy,
      };
    }),
    apps: [...apps.values()],
  };
}

/** The UPSERT_APPS row for an app: its id, and the roles and seat types its catalog entry defines. */
export function appRow(ref: AppRefIn, catalog: Catalog): Record<string, unknown> & { id: string } {
  const entry = catalog.get(ref.catalogKey);
  return {
    id: appId(ref.name),
    name: ref.name,
    catalogKey: entry.key,
    plan: ref.plan,
    defaultPlan: entry.defaultPlan,
    billingModel: entry.billingModel,
    roles: entry.roles.map((r) => ({ name: r.name, privilege: r.privilege })),
    seatTypes: entry.seatTypes.map((s) => ({ name: s.name, monthlyCost: s.monthlyCost, currency: s.currency })),
  };
}

/** A seat is held by active accounts, and by invites where the app bills at invite; the catalog default when the source names none. */
function seatTypeFor(account: AccountIn, entry: CatalogEntry): string | null {
  const holdsSeat = account.status === 'active' || (account.status === 'invited' && entry.invitesConsumeSeat);
  if (!holdsSeat) return null;
  return account.seatType ?? entry.seatTypes.find((s) => s.isDefault)?.name ?? null;
}
