import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import * as overdue from './escalation.queries.js';
import { readItemRows, type ItemWithCampaign } from './item-read.js';
import * as q from './progress.queries.js';

export interface Progress {
  total: number;
  decided: number;
  overdue: number;
  secondStage: number;
  unassigned: number;
  remediationOpen: number;
  remediationVerified: number;
  remediationFailed: number;
  byDecision: { decision: string; source: string; count: number }[];
}

export interface ReviewerProgress {
  personId: string | null;
  displayName: string | null;
  email: string | null;
  status: string | null;
  total: number;
  decided: number;
  overdue: number;
}

export interface AppProgress {
  appId: string;
  appName: string;
  total: number;
  decided: number;
  kept: number;
  revoked: number;
  modified: number;
  monthlyCostRevoked: number;
}

export interface BurndownDay {
  /** YYYY-MM-DD (UTC). */
  date: string;
  /** Items still undecided at the end of that day. */
  remaining: number;
  decided: number;
}

export interface OverdueReviewer {
  personId: string | null;
  displayName: string;
  email: string | null;
  status: string | null;
  overdueItems: number;
  escalatedItems: number;
  oldestDueAt: string;
  campaignIds: string[];
}

const reviewerProgressRow: z.ZodType<ReviewerProgress> = z.object({
  personId: z.string().nullable(),
  displayName: z.string().nullable(),
  email: z.string().nullable(),
  status: z.string().nullable(),
  total: z.number(),
  decided: z.number(),
  overdue: z.number(),
});

const appProgressRow: z.ZodType<AppProgress> = z.object({
  appId: z.string(),
  appName: z.string(),
  total: z.number(),
  decided: z.number(),
  kept: z.number(),
  revoked: z.number(),
  modified: z.number(),
  monthlyCostRevoked: z.number(),
});

const overdueReviewerRow: z.ZodType<OverdueReviewer> = z.object({
  personId: z.string().nullable(),
  displayName: z.string(),
  email: z.string().nullable(),
  status: z.string().nullable(),
  overdueItems: z.number(),
  escalatedItems: z.number(),
  oldestDueAt: z.string(),
  campaignIds: z.array(z.string()),
});

export async function campaignProgress(graph: Graph, campaignId: string, now: Date): Promise<Progress> {
  const [[totals], byDecision] = await Promise.all([
    graph.read(q.PROGRESS, { campaignId, now: now.toISOString() }, 'campaign-progress'),
    graph.read(q.BY_DECISION, { campaignId }, 'campaign-by-decision'),
  ]);
  const n = (key: string) => Number(totals?.[key] ?? 0);
  return {
    total: n('total'),
    decided: n('decided'),
    overdue: n('overdue'),
    secondStage: n('secondStage'),
    unassigned: n('unassigned'),
    remediationOpen: n('remediationOpen'),
    remediationVerified: n('remediationVerified'),
    remediationFailed: n('remediationFailed'),
    byDecision: byDecision.map((r) => ({ decision: String(r.decision), source: String(r.source), count: Number(r.count) })),
  };
}

export async function progressByReviewer(graph: Graph, campaignId: string, now: Date): Promise<ReviewerProgress[]> {
  return readRows(graph, q.BY_REVIEWER, { campaignId, now: now.toISOString() }, reviewerProgressRow, 'campaign-by-reviewer');
}

export async function progressByApp(graph: Graph, campaignId: string): Promise<AppProgress[]> {
  return readRows(graph, q.BY_APP, { campaignId }, appProgressRow, 'campaign-by-app');
}

/** Undecided items at the end of each day from launch to today (or the close). Empty before launch. */
export async function burndown(graph: Graph, campaignId: string, now: Date): Promise<BurndownDay[]> {
  const [row] = await graph.read(q.BURNDOWN_POINTS, { campaignId }, 'campaign-burndown');
  if (!row?.launchedAt) return [];
  const points = (row.points as (string | null)[][]).filter((p) => p[0]);
  const last = row.closedAt && String(row.closedAt) < now.toISOString() ? String(row.closedAt) : now.toISOString();
  const days: BurndownDay[] = [];
  for (let day = String(row.launchedAt).slice(0, 10); day <= last.slice(0, 10); day = nextDay(day)) {
    const end = `${day}T23:59:59.999Z`;
    const created = points.filter((p) => String(p[0]) <= end).length;
    const decided = points.filter((p) => p[1] && String(p[1]) <= end).length;
    days.push({ date: day, remaining: created - decided, decided });
    if (days.length > 3660) break;
  }
  return days;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Reviewers with undecided items past due in active campaigns (one campaign, or all), most overdue first. */
export async function overdueReviewers(graph: Graph, campaignId: string | null, now: Date): Promise<OverdueReviewer[]> {
  return readRows(graph, overdue.OVERDUE_REVIEWERS, { campaignId, now: now.toISOString() }, overdueReviewerRow, 'overdue-reviewers');
}

export async function recentDecisions(graph: Graph, campaignId: string, limit: number): Promise<ItemWithCampaign[]> {
  return readItemRows(graph, q.RECENT_DECISIONS, { campaignId, limit: limitParam(limit, 200) }, 'campaign-recent-decisions');
}
