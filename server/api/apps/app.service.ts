import { BILLING_NOTES } from '../../catalog/billing-notes.js';
import type { CatalogEntry } from '../../catalog/catalog.types.js';
import { seatsByApp, type AppSeats } from '../../kpi/seats.js';
import type { Row } from '../../graph/graph.js';
import type { Plain } from '../../graph/values.js';
import { roundToCents } from '../../shared/numbers.js';
import type { ApiContext } from '../context.js';
import { toFinding } from '../findings/finding.mapper.js';
import type { AccountStatus, Privilege } from '../shared/enums.js';
import type { AccountRef, PersonRef } from '../shared/refs.js';
import type { App, AppDetail, RoleHolder } from './app.type.js';
import * as q from './app.queries.js';

export class AppService {
  constructor(private readonly ctx: ApiContext) {}

  async list(): Promise<App[]> {
    const [rows, seats] = await Promise.all([
      this.ctx.graph.read(q.APPS_LIST, {}, 'apps'),
      seatsByApp(this.ctx.graph, this.ctx.catalog),
    ]);
    const seatsById = new Map(seats.map((s) => [s.appId, s]));
    return rows
      .map((row) => this.toApp(row, seatsById.get(String((row.app as Row).id))))
      .sort((a, b) => b.monthlyWaste - a.monthlyWaste || a.name.localeCompare(b.name));
  }

  async detail(id: string): Promise<AppDetail | null> {
    const params = { appId: id, now: this.ctx.now.toISOString() };
    // Independent reads, each in its own session, so the slower ones (the app's counts, its role holders) overlap.
    const [rows, seats, roles, invites, integrations, findings] = await Promise.all([
      this.ctx.graph.read(q.APPS, params, 'app'),
      seatsByApp(this.ctx.graph, this.ctx.catalog, id),
      this.ctx.graph.read(q.APP_ROLES, params, 'app-roles'),
      this.ctx.graph.read(q.APP_PENDING_INVITES, params, 'app-invites'),
      this.ctx.graph.read(q.APP_INTEGRATIONS, params, 'app-integrations'),
      this.ctx.graph.read(q.APP_FINDINGS, params, 'app-findings'),
    ]);
    const row = rows[0];
    if (!row) return null;
    const app = this.toApp(row, seats[0]);
    const entry = this.ctx.catalog.find(app.catalogKey);
    const statuses = row.byStatus as Row[];
    const roleOrder = entry?.roles.map((r) => r.name) ?? [];
    return {
      ...app,
      roles: roles
        .map((r) => ({
          name: String(r.name),
          privilege: r.privilege as Privilege,
          description: entry?.roles.find((role) => role.name === r.name)?.description ?? '',
          holders: (r.holders as Plain[][]).map(toHolder),
        }))
        .sort((a, b) => roleOrder.indexOf(a.name) - roleOrder.indexOf(b.name)),
      seatTypes: (seats[0]?.lines ?? []).map((line) => ({
        name: line.seatType ?? '',
        monthlyCost: line.monthlyCost,
        currency: line.currency,
        capacity: line.capacity,
        held: line.held,
      })),
      pendingInviteList: invites.map((invite) => {
        const ageDays = invite.ageDays === null ? null : Number(invite.ageDays);
        const expiry = entry?.inviteExpiryDays ?? null;
        return {
          account: invite.account as unknown as AccountRef,
          invitedAt: (invite.invitedAt as string | null) ?? null,
          ageDays,
          expired: expiry !== null && ageDays !== null && ageDays > expiry,
          holdsSeat: entry?.invitesConsumeSeat ?? false,
        };
      }),
      integrations: integrations.map((i) => {
        const integration = i.integration as Row;
        return {
          id: String(integration.id),
          name: String(integration.name),
          mode: String(integration.mode),
          scopes: (integration.scopes as string[]) ?? [],
          enabledAt: (integration.enabledAt as string | null) ?? null,
          lastUsedAt: (integration.lastUsedAt as string | null) ?? null,
          enabledBy: (i.account as unknown as AccountRef | null) ?? null,
          enabledByPerson: (i.person as unknown as PersonRef | null) ?? null,
        };
      }),
      caveats: entry?.caveats.map((c) => ({ topic: c.topic, text: c.text })) ?? [],
      findings: findings.map((f) => toFinding(f.finding as Row)),
      accountsByStatus: statuses.map((s) => ({ status: s.status as AccountStatus, count: Number(s.count) })),
    };
  }

  private toApp(row: Row, seats: AppSeats | undefined): App {
    const app = row.app as Row;
    const catalogKey = String(app.catalogKey);
    const entry: CatalogEntry | undefined = this.ctx.catalog.find(catalogKey);
    const plan = String(app.plan ?? entry?.defaultPlan ?? '');
    return {
      id: String(app.id),
      name: String(app.name),
      catalogKey,
      vendor: entry?.vendor ?? 'Unknown',
      plan,
      billingModel: entry?.billingModel ?? 'per_seat',
      billingNote: BILLING_NOTES[entry?.billingModel ?? 'per_seat'],
      ssoEnforced: app.ssoEnforced === true,
      scimEnabled: app.scimEnabled === true,
      activityData: entry?.activityData ?? false,
      seatCap: entry?.plans.find((p) => p.name === plan)?.seatCap ?? null,
      seatsPaid: seats?.seatsPaid ?? 0,
      seatsUsed: seats?.seatsUsed ?? 0,
      accounts: Number(row.accounts),
      monthlySpend: roundToCents(seats?.monthlySpend ?? 0),
      monthlyWaste: roundToCents(seats?.monthlyWaste ?? 0),
      yearlyWaste: roundToCents((seats?.monthlyWaste ?? 0) * 12),
      currency: seats?.currency ?? 'USD',
      adminCount: Number(row.adminCount),
      effectiveAdminCount: Number(row.effectiveAdminCount),
      minimumAdmins: typeof app.minimumAdmins === 'number' ? app.minimumAdmins : (entry?.minimumAdmins ?? 2),
      pendingInvites: Number(row.pendingInvites),
      findingCount: Number(row.findingCount),
      owner: (row.owner as unknown as PersonRef | null) ?? null,
      lastSyncedAt: (app.lastSyncedAt as string | null) ?? null,
    };
  }
}

/** One of APP_ROLES' holder lists as the API type. */
function toHolder([accountId, accountEmail, accountStatus, personId, personName, personEmail, personStatus, effective, notEffectiveBecause]: Plain[]): RoleHolder {
  return {
    account: { id: accountId, email: accountEmail, status: accountStatus } as unknown as AccountRef,
    person: personId === null || personId === undefined ? null : ({ id: personId, displayName: personName, email: personEmail, status: personStatus } as unknown as PersonRef),
    effective: effective === true,
    notEffectiveBecause: (notEffectiveBecause as string | null) ?? null,
  };
}
