import { randomUUID } from 'node:crypto';
import { appendAudit } from '../../audit/audit-log.js';
import type { Actor } from '../../audit/actor.js';
import type { Graph } from '../../graph/graph.js';
import { createCampaign } from '../create-campaign.js';
import { launchCampaign } from '../launch-campaign.js';
import { campaignName, dueDateOf, dueRun, isoDay, periodOf } from './run-dates.js';
import { cadenceOf, listSchedules, type CampaignSchedule } from './schedule-store.js';
import * as q from './schedule.queries.js';

export interface ScheduleRunOutcome {
  scheduleId: string;
  scheduleName: string;
  runOn: string;
  status: 'launched' | 'failed';
  campaignId: string | null;
  campaignName: string;
  populationCount: number | null;
  error: string | null;
}

/** Who creates and launches a schedule's campaigns in the audit log. */
export function scheduleActor(schedule: Pick<CampaignSchedule, 'id' | 'name'>): Actor {
  return { id: `schedule:${schedule.id}`, name: `Schedule "${schedule.name}"`, role: 'system' };
}

/**
 * One pass: for each schedule with a run due at `now`, claims that run (once, even when two passes
 * race), creates the campaign through the campaign service and launches it. A run that fails (the
 * owner left, nothing in scope, the name is taken) is recorded and audited, and is not retried: the
 * schedule waits for its next date.
 */
export async function runDueSchedules(graph: Graph, now: Date, log: (message: string) => void = () => {}): Promise<ScheduleRunOutcome[]> {
  const outcomes: ScheduleRunOutcome[] = [];
  for (const schedule of await listSchedules(graph)) {
    const cadence = cadenceOf(schedule);
    const runOn = dueRun({ cadence, firstRunOn: schedule.firstRunOn }, schedule.lastRunOn, now);
    if (runOn === null) continue;
    const key = `${schedule.id}:${runOn}`;
    const claimed = await graph.write(
      q.CLAIM_RUN,
      { scheduleId: schedule.id, runOn, key, token: randomUUID(), now: now.toISOString() },
      'campaign-schedule-claim',
    );
    if (claimed.length === 0) continue;
    const outcome = await runOnce(graph, schedule, runOn, now);
    await graph.executeWrite(async (tx) => {
      await tx.run(q.FINISH_RUN, {
        key,
        status: outcome.status,
        campaignId: outcome.campaignId,
        error: outcome.error,
        now: now.toISOString(),
      });
      await appendAudit(
        tx,
        scheduleActor(schedule),
        {
          action: outcome.status === 'launched' ? 'campaign.schedule.launch' : 'campaign.schedule.fail',
          targetType: 'CampaignSchedule',
          targetId: schedule.id,
          before: { lastRunOn: schedule.lastRunOn },
          after: outcome,
        },
        now,
      );
    }, 'campaign-schedule-finish');
    log(
      outcome.status === 'launched'
        ? `Schedule "${schedule.name}": launched "${outcome.campaignName}" (${outcome.populationCount ?? 0} accounts) for ${runOn}`
        : `Schedule "${schedule.name}": the run for ${runOn} failed: ${outcome.error ?? ''}`,
    );
    outcomes.push(outcome);
  }
  return outcomes;
}

async function runOnce(graph: Graph, schedule: CampaignSchedule, runOn: string, now: Date): Promise<ScheduleRunOutcome> {
  const cadence = cadenceOf(schedule);
  const name = campaignName(schedule.nameTemplate, cadence, runOn);
  const base = { scheduleId: schedule.id, scheduleName: schedule.name, runOn, campaignName: name };
  const actor = scheduleActor(schedule);
  let campaignId: string | null = null;
  try {
    const created = await createCampaign(
      graph,
      {
        name,
        period: periodOf(cadence, runOn),
        scopeKind: schedule.scopeKind,
        scopeApps: schedule.scopeKind === 'apps' ? schedule.scopeApps : undefined,
        // A catch-up after downtime still gives reviewers the full time from its launch.
        dueAt: dueDateOf(isoDay(now) > runOn ? isoDay(now) : runOn, schedule.dueInDays),
        owner: schedule.owner,
        secondStage: schedule.secondStage,
        remediationDays: schedule.remediationDays,
      },
      actor,
      now,
    );
    campaignId = created.id;
    const launched = await launchCampaign(graph, created.id, actor, now);
    return { ...base, status: 'launched', campaignId, populationCount: launched.populationCount, error: null };
  } catch (error) {
    return { ...base, status: 'failed', campaignId, populationCount: null, error: error instanceof Error ? error.message : String(error) };
  }
}
