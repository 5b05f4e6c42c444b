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

const totalsRow = z.object({
  total: z.number(),
  decided: z.number(),
  overdue: z.number(),
  secondStage: z.number(),
  unassigned: z.number(),
  remediationOpen: z.number(),
  remediationVerified: z.number(),
  remediationFailed: z.number(),
});

const countRow = z.object({ count: z.number() });

const byDecisionRow = z.object({ decision: z.string(), source: z.string(), count: z.number() });

/** BURNDOWN_DAYS: when the campaign was launched and closed, and [day, items] created and decided per day. */
const dayCounts = z.array(z.tuple([z.string(), z.number()]));
const burndownRow = z.object({
  launchedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  created: dayCounts,
  decided: dayCounts,
});

const NO_ITEMS: z.output<typeof totalsRow> = {
  total: 0,
  decided: 0,
  overdue: 0,
  secondStage: 0,
  unassigned: 0,
  remediationOpen: 0,
  remediationVerified: 0,
  remediationFailed: 0,
};

export async function campaignProgress(graph: Graph, campaignId: string, now: Date): Promise<Progress> {
  const [[totals], byDecision] = await Promise.all([
    readRows(graph, q.PROGRESS, { campaignId, now: now.toISOString() }, totalsRow, 'campaign-progress'),
    readRows(graph, q.BY_DECISION, { campaignId }, byDecisionRow, 'campaign-by-decision'),
  ]);
  return { ...(totals ?? NO_ITEMS), byDecision };
}

/** Most reviewers a campaign page reads at once. */
export const MAX_REVIEWERS_PAGE = 200;

/** The first `first` reviewers (at most MAX_REVIEWERS_PAGE), most left to do first. */
export async function progressByReviewer(graph: Graph, campaignId: string, now: Date, first: number): Promise<ReviewerProgress[]> {
  const params = { campaignId, now: now.toISOString(), limit: limitParam(first, MAX_REVIEWERS_PAGE) };
  return readRows(graph, q.BY_REVIEWER, params, reviewerProgressRow, 'campaign-by-reviewer');
}

/** Reviewers with items in the campaign, the unassigned counted as one; 0 for a draft. */
export async function reviewerCount(graph: Graph, campaignId: string): Promise<number> {
  const [row] = await readRows(graph, q.REVIEWER_COUNT, { campaignId }, countRow, 'campaign-reviewer-count');
  return row?.count ?? 0;
}

export async function progressByApp(graph: Graph, campaignId: string): Promise<AppProgress[]> {
  const rows = await readRows(graph, q.BY_APP, { campaignId }, appProgressRow, 'campaign-by-app');
  // Kept as a running sum of additions and subtractions: rounded, so no float residue shows.
  return rows.map((row) => ({ ...row, monthlyCostRevoked: Math.round(row.monthlyCostRevoked * 1e6) / 1e6 }));
}

/** Undecided items at the end of each day from launch to today (or the close). Empty before launch. */
export async function burndown(graph: Graph, campaignId: string, now: Date): Promise<BurndownDay[]> {
  const [row] = await readRows(graph, q.BURNDOWN_DAYS, { campaignId }, burndownRow, 'campaign-burndown');
  if (!row?.launchedAt) return [];
  const last = row.closedAt && row.closedAt < now.toISOString() ? row.closedAt : now.toISOString();
  const upTo = (counts: [string, number][], day: string) => counts.reduce((sum, [d, n]) => (d <= day ? sum + n : sum), 0);
  const days: BurndownDay[] = [];
  for (let day = row.launchedAt.slice(0, 10); day <= last.slice(0, 10); day = nextDay(day)) {
    const created = upTo(row.created, day);
    const decided = upTo(row.decided, day);
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
