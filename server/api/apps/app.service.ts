import { z } from 'zod';
import { BILLING_NOTES } from '../../catalog/billing-notes.js';
import type { CatalogEntry } from '../../catalog/catalog.types.js';
import { ROLE_HOLDER_PAGE } from '../../findings/role-holders.js';
import { DEFAULT_MINIMUM_ADMINS } from '../../findings/rule-params.js';
import { readRows } from '../../graph/decode.js';
import type { Row } from '../../graph/graph.js';
import { limitParam } from '../../graph/values.js';
import { integrationIdPrefix } from '../../ingest/ids.js';
import { seatsByApp, type AppSeats } from '../../kpi/seats.js';
import { roundToCents } from '../../shared/numbers.js';
import type { ApiContext } from '../context.js';
import { toFinding } from '../findings/finding.mapper.js';
import { AccountStatus, Privilege } from '../shared/enums.js';
import { accountRefSchema, personRefSchema } from '../shared/refs.schemas.js';
import { PrivilegeSource, SeatCostSource } from '../vocabulary/vocabulary.type.js';
import type { App, AppDetail, RoleHolderConnection } from './app.type.js';
import { roleHolderPage } from './role-holders.service.js';
import * as q from './app.queries.js';

/** APPS_LIST and APP_DETAIL (counts stored on the app), APP_LIVE_COUNTS (counts read live, with accounts by status). */
const appListRow = z.object({
  app: z.object({
    id: z.string(),
    name: z.string(),
    catalogKey: z.string().nullable(),
    plan: z.string().nullable(),
    ssoEnforced: z.boolean().nullable(),
    scimEnabled: z.boolean().nullable(),
    minimumAdmins: z.number().nullable(),
    lastSyncedAt: z.string().nullable(),
  }),
  owner: personRefSchema.nullable(),
  accounts: z.number(),
  adminCount: z.number(),
  effectiveAdminCount: z.number(),
  pendingInvites: z.number(),
  findingCount: z.number(),
});
const appRow = appListRow.extend({ byStatus: z.array(z.object({ status: z.enum(AccountStatus), count: z.number() })) });
const appDetailRow = appRow.extend({ stored: z.boolean() });
type AppListRow = z.output<typeof appListRow>;

const roleRow = z.object({
  id: z.string(),
  name: z.string(),
  privilege: z.enum(Privilege),
  privilegeSource: z.enum(PrivilegeSource),
});

const pendingInviteRow = z.object({ account: accountRefSchema, invitedAt: z.string().nullable(), ageDays: z.number().nullable() });

const integrationRow = z.object({
  integration: z.object({
    id: z.string(),
    name: z.string(),
    mode: z.string(),
    scopes: z.array(z.string()),
    enabledAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  }),
  account: accountRefSchema.nullable(),
  person: personRefSchema.nullable(),
});

/**
 * Findings the app page lists, most severe first; its count and a link give the rest. At 100,000
 * people the largest app has some 400, and building 200 of them through GraphQL was a third of the
 * page's time.
 */
const APP_PAGE_FINDINGS = 50;

export class AppService {
  constructor(private readonly ctx: ApiContext) {}

  async list(): Promise<App[]> {
    const [rows, seats] = await Promise.all([
      readRows(this.ctx.graph, q.APPS_LIST, {}, appListRow, 'apps'),
      seatsByApp(this.ctx.graph, this.ctx.catalog),
    ]);
    const seatsById = new Map(seats.map((s) => [s.appId, s]));
    return rows
      .map((row) => this.toApp(row, seatsById.get(row.app.id)))
      .sort((a, b) => b.monthlyWaste - a.monthlyWaste || a.name.localeCompare(b.name));
  }

  async detail(id: string): Promise<AppDetail | null> {
    const { graph } = this.ctx;
    const params = { appId: id, now: this.ctx.now.toISOString() };
    // Independent reads, each in its own session, so the slower ones (the app's counts, its role holders) overlap.
    const [rows, seats, roles, invites, integrations, findings] = await Promise.all([
      this.counts(id),
      seatsByApp(graph, this.ctx.catalog, id),
      this.roles(id),
      readRows(graph, q.APP_PENDING_INVITES, params, pendingInviteRow, 'app-invites'),
      readRows(graph, q.APP_INTEGRATIONS, { appId: id, idPrefix: integrationIdPrefix(id) }, integrationRow, 'app-integrations'),
      graph.read(q.APP_FINDINGS, { ...params, limit: limitParam(APP_PAGE_FINDINGS, APP_PAGE_FINDINGS) }, 'app-findings'),
    ]);
    const row = rows[0];
    if (!row) return null;
    const app = this.toApp(row, seats[0]);
    const entry = app.catalogKey === null ? undefined : this.ctx.catalog.find(app.catalogKey);
    const roleOrder = entry?.roles.map((r) => r.name) ?? [];
    return {
      ...app,
      roles: roles
        .map((r) => ({
          id: r.id,
          name: r.name,
          privilege: r.privilege,
          privilegeSource: r.privilegeSource,
          description: entry?.roles.find((role) => role.name === r.name)?.description ?? '',
          holders: r.holders,
        }))
        .sort((a, b) => catalogRank(roleOrder, a.name) - catalogRank(roleOrder, b.name) || a.name.localeCompare(b.name)),
      seatTypes: (seats[0]?.lines ?? []).map((line) => ({
        id: line.seatTypeId,
        name: line.seatType ?? '',
        monthlyCost: line.monthlyCost,
        costSource: line.costSource as SeatCostSource,
        currency: line.currency,
        capacity: line.capacity,
        held: line.held,
      })),
      pendingInviteList: invites.map((invite) => {
        const expiry = entry?.inviteExpiryDays ?? null;
        return {
          account: invite.account,
          invitedAt: invite.invitedAt,
          ageDays: invite.ageDays,
          expired: expiry !== null && invite.ageDays !== null && invite.ageDays > expiry,
          holdsSeat: entry?.invitesConsumeSeat ?? false,
        };
      }),
      integrations: integrations.map(({ integration, account, person }) => ({
        ...integration,
        enabledBy: account,
        enabledByPerson: person,
      })),
      caveats: entry?.caveats.map((c) => ({ topic: c.topic, text: c.text })) ?? [],
      findings: findings.map((f) => toFinding(f.finding as Row)),
      accountsByStatus: row.byStatus,
    };
  }

  /** The app's counts as the findings refresh stored them; counted live for an app it has not stored them on. */
  private async counts(appId: string): Promise<z.output<typeof appRow>[]> {
    const [stored] = await readRows(this.ctx.graph, q.APP_DETAIL, { appId }, appDetailRow, 'app');
    if (!stored || stored.stored) return stored ? [stored] : [];
    return readRows(this.ctx.graph, q.APP_LIVE_COUNTS, { appId }, appRow, 'app-live-counts');
  }

  /** Each role with the first page of its holders. */
  private async roles(appId: string): Promise<(z.output<typeof roleRow> & { holders: RoleHolderConnection })[]> {
    const { graph } = this.ctx;
    const roles = await readRows(graph, q.APP_ROLES, { appId }, roleRow, 'app-roles');
    return Promise.all(
      roles.map(async (role) => {
        const holders = await roleHolderPage(graph, role.id, ROLE_HOLDER_PAGE, null);
        return { ...role, holders: holders ?? { nodes: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } } };
      }),
    );
  }

  private toApp(row: AppListRow, seats: AppSeats | undefined): App {
    const { app } = row;
    const entry: CatalogEntry | undefined = app.catalogKey === null ? undefined : this.ctx.catalog.find(app.catalogKey);
    const plan = app.plan ?? entry?.defaultPlan ?? '';
    return {
      id: app.id,
      name: app.name,
      catalogKey: app.catalogKey,
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
      seatsAtUnknownCost: seats?.seatsAtUnknownCost ?? 0,
      accounts: row.accounts,
      monthlySpend: roundToCents(seats?.monthlySpend ?? 0),
      monthlyWaste: roundToCents(seats?.monthlyWaste ?? 0),
      yearlyWaste: roundToCents((seats?.monthlyWaste ?? 0) * 12),
      wasteByCause: (seats?.wasteByCause ?? []).map((share) => ({ ...share, monthlyCost: roundToCents(share.monthlyCost) })),
      currency: seats?.currency ?? 'USD',
      adminCount: row.adminCount,
      effectiveAdminCount: row.effectiveAdminCount,
      minimumAdmins: app.minimumAdmins ?? entry?.minimumAdmins ?? DEFAULT_MINIMUM_ADMINS,
      pendingInvites: row.pendingInvites,
      findingCount: row.findingCount,
      owner: row.owner,
      lastSyncedAt: app.lastSyncedAt,
    };
  }
}

/** Catalog roles in the catalog's order, then the roles in the customer's words. */
function catalogRank(order: readonly string[], name: string): number {
  const index = order.indexOf(name);
  return index < 0 ? order.length : index;
}
