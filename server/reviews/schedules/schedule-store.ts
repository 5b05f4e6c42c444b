import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { appendAudit } from '../../audit/audit-log.js';
import type { Actor } from '../../audit/actor.js';
import { decodeRows } from '../../graph/decode.js';
import { rowsOf, type Graph } from '../../graph/graph.js';
import { ReviewError } from '../review-error.js';
import { SCOPE_KINDS, type ScopeKind } from '../review.types.js';
import { campaignName, dayOf, nextRunAfter, type Cadence } from './run-dates.js';
import * as q from './schedule.queries.js';

export const CADENCE_KINDS = ['quarterly', 'monthly', 'everyDays'] as const;
export type CadenceKind = (typeof CADENCE_KINDS)[number];

/** A recurring campaign as an admin saves it: what `campaign create` takes, with a cadence instead of dates. */
export interface ScheduleDraft {
  name: string;
  /** The campaigns' name; {period} (2026-Q4, 2026-11) and {date} (the run date) are filled in. */
  nameTemplate: string;
  cadence: CadenceKind;
  /** For cadence everyDays. */
  everyDays?: number | null;
  /** YYYY-MM-DD. */
  firstRunOn: string;
  scopeKind: ScopeKind;
  scopeApps?: string[];
  secondStage?: boolean;
  /** Each campaign is due this many days after its launch (end of that day, UTC). */
  dueInDays: number;
  remediationDays?: number;
  owner: string;
}

const scheduleSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameTemplate: z.string(),
  cadence: z.enum(CADENCE_KINDS),
  everyDays: z.number().nullable().default(null),
  firstRunOn: z.string(),
  scopeKind: z.enum(SCOPE_KINDS),
  scopeApps: z.array(z.string()).default([]),
  secondStage: z.boolean(),
  dueInDays: z.number(),
  remediationDays: z.number(),
  owner: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  lastRunOn: z.string().nullable().default(null),
  lastStatus: z.enum(['running', 'launched', 'failed']).nullable().default(null),
  lastCampaignId: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
});
export type CampaignSchedule = z.output<typeof scheduleSchema>;
const scheduleRow = z.object({ schedule: scheduleSchema });

export function cadenceOf(schedule: Pick<CampaignSchedule, 'cadence' | 'everyDays'>): Cadence {
  if (schedule.cadence === 'everyDays') return { kind: 'everyDays', days: schedule.everyDays ?? 1 };
  return { kind: schedule.cadence };
}

/** The schedule's next run date after `now`, for lists. */
export function nextRunOf(schedule: CampaignSchedule, now: Date): string {
  return nextRunAfter({ cadence: cadenceOf(schedule), firstRunOn: schedule.firstRunOn }, now);
}

function wholeNumber(value: number, min: number, max: number, field: string, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ReviewError('bad_input', `${what} must be a whole number from ${min} to ${max}, got ${value}`, field);
  return value;
}

function checked(
  draft: ScheduleDraft,
): Omit<CampaignSchedule, 'id' | 'createdAt' | 'createdByName' | 'lastRunOn' | 'lastStatus' | 'lastCampaignId' | 'lastError'> {
  const name = draft.name.trim();
  if (!name) throw new ReviewError('bad_input', 'a schedule needs a name', 'name');
  if (name.length > 200) throw new ReviewError('bad_input', `the name is ${name.length} characters; at most 200`, 'name');
  const nameTemplate = draft.nameTemplate.trim();
  if (!nameTemplate.includes('{period}') && !nameTemplate.includes('{date}'))
    throw new ReviewError('bad_input', 'the campaign name needs {period} or {date}, or every run would get the same name', 'nameTemplate');
  if (nameTemplate.length > 150) throw new ReviewError('bad_input', 'the campaign name template is over 150 characters', 'nameTemplate');
  if (!(CADENCE_KINDS as readonly string[]).includes(draft.cadence))
    throw new ReviewError('bad_input', `cadence "${draft.cadence}" is not one of ${CADENCE_KINDS.join(', ')}`, 'cadence');
  const everyDays = draft.cadence === 'everyDays' ? wholeNumber(draft.everyDays ?? 0, 1, 366, 'everyDays', 'every N days') : null;
  if (draft.cadence !== 'everyDays' && draft.everyDays)
    throw new ReviewError('bad_input', 'every N days is only given with cadence everyDays', 'everyDays');
  try {
    dayOf(draft.firstRunOn.trim());
  } catch {
    throw new ReviewError('bad_input', `first run "${draft.firstRunOn}" is not a date (YYYY-MM-DD)`, 'firstRunOn');
  }
  if (!(SCOPE_KINDS as readonly string[]).includes(draft.scopeKind))
    throw new ReviewError('bad_input', `scope "${draft.scopeKind}" is not one of ${SCOPE_KINDS.join(', ')}`, 'scope');
  const scopeApps = [...new Set((draft.scopeApps ?? []).map((a) => a.trim()).filter(Boolean))];
  if (draft.scopeKind === 'apps' && scopeApps.length === 0)
    throw new ReviewError('bad_input', 'scope "apps" needs at least one app (id or name)', 'scopeApps');
  if (draft.scopeKind !== 'apps' && scopeApps.length)
    throw new ReviewError('bad_input', `apps are only given with scope "apps"`, 'scopeApps');
  const owner = draft.owner.trim();
  if (!owner) throw new ReviewError('bad_input', 'a schedule needs a campaign owner', 'owner');
  return {
    name,
    nameTemplate,
    cadence: draft.cadence,
    everyDays,
    firstRunOn: draft.firstRunOn.trim(),
    scopeKind: draft.scopeKind,
    scopeApps,
    secondStage: draft.secondStage ?? false,
    dueInDays: wholeNumber(draft.dueInDays, 1, 365, 'dueInDays', 'due in days'),
    remediationDays: wholeNumber(draft.remediationDays ?? 14, 1, 365, 'remediationDays', 'remediation days'),
    owner,
  };
}

/** Saves a schedule; `attest serve` (or `campaign schedule run`) creates and launches its campaigns on their dates. */
export async function addSchedule(graph: Graph, draft: ScheduleDraft, actor: Actor, now: Date): Promise<CampaignSchedule> {
  const fields = checked(draft);
  campaignName(fields.nameTemplate, cadenceOf(fields), fields.firstRunOn);
  return graph.executeWrite(async (tx) => {
    if ((await tx.run(q.SCHEDULE_NAME_TAKEN, { name: fields.name })).records.length > 0)
      throw new ReviewError('bad_input', `a schedule named "${fields.name}" already exists; pick another name`, 'name');
    const schedule = {
      ...fields,
      id: randomUUID(),
      everyDays: fields.everyDays === null ? null : neo4j.int(fields.everyDays),
      dueInDays: neo4j.int(fields.dueInDays),
      remediationDays: neo4j.int(fields.remediationDays),
      createdAt: now.toISOString(),
      createdById: actor.id,
      createdByName: actor.name,
    };
    const [created] = decodeRows(scheduleRow, rowsOf(await tx.run(q.CREATE_SCHEDULE, { schedule })), 'campaign-schedule-create');
    if (!created) throw new Error('the schedule was not created');
    await appendAudit(
      tx,
      actor,
      { action: 'campaign.schedule.add', targetType: 'CampaignSchedule', targetId: schedule.id, before: null, after: created.schedule },
      now,
    );
    return created.schedule;
  }, 'campaign-schedule-create');
}

export async function listSchedules(graph: Graph): Promise<CampaignSchedule[]> {
  const rows = await graph.executeRead(async (tx) => rowsOf(await tx.run(q.LIST_SCHEDULES)), 'campaign-schedules');
  return decodeRows(scheduleRow, rows, 'campaign-schedules').map((r) => r.schedule);
}

/** Each schedule's owner as named in HR, by schedule id; absent when the owner is not one person in HR (an admin's sign-in email). */
export async function scheduleOwnerNames(graph: Graph): Promise<Map<string, string>> {
  const rows = await graph.executeRead(async (tx) => rowsOf(await tx.run(q.SCHEDULE_OWNER_NAMES)), 'campaign-schedule-owners');
  const names = decodeRows(z.object({ id: z.string(), name: z.string().nullable() }), rows, 'campaign-schedule-owners');
  return new Map(names.flatMap((row) => (row.name === null ? [] : [[row.id, row.name] as const])));
}

/** Removes a schedule (by id or name); campaigns it already created stay. */
export async function removeSchedule(graph: Graph, ref: string, actor: Actor, now: Date): Promise<CampaignSchedule> {
  return graph.executeWrite(async (tx) => {
    const found = decodeRows(scheduleRow, rowsOf(await tx.run(q.FIND_SCHEDULE, { ref: ref.trim() })), 'campaign-schedule-find');
    const [match, ...others] = found;
    if (!match) throw new ReviewError('not_found', `no campaign schedule is "${ref}"`, 'id');
    if (others.length) throw new ReviewError('bad_input', `"${ref}" names ${found.length} schedules; give the id`, 'id');
    await tx.run(q.DELETE_SCHEDULE, { id: match.schedule.id });
    await appendAudit(
      tx,
      actor,
      {
        action: 'campaign.schedule.remove',
        targetType: 'CampaignSchedule',
        targetId: match.schedule.id,
        before: match.schedule,
        after: null,
      },
      now,
    );
    return match.schedule;
  }, 'campaign-schedule-remove');
}
