import { z } from 'zod';
import { decodeRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { limitParam } from '../graph/values.js';
import { leaverReport } from '../leavers/leavers.js';
import { periodDates } from '../leavers/period.js';
import { completenessOf } from './completeness.js';
import { FIND_CAMPAIGNS, ITEMS_PAGE } from './evidence.queries.js';
import type {
  CampaignFacts,
  Decision,
  EarlierDecisionFacts,
  Evidence,
  EvidenceItem,
  FindingAtLaunch,
  RemediationStatus,
  RoleAtLaunch,
} from './evidence.types.js';
import { checkPopulation, type StoredSnapshot } from './population.js';

const PAGE_SIZE = 1000;

/**
 * FIND_CAMPAIGNS and ITEMS_PAGE. Only the ids are required: the rest of a stored node is read field
 * by field and leniently, so evidence of a campaign whose data was tampered with can still be exported.
 */
const storedNode = z.looseObject({ id: z.string() });
type StoredNode = z.output<typeof storedNode>;
const campaignRow = z.object({
  campaign: storedNode,
  owner: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  scopeApps: z.array(z.string()),
});
type CampaignRow = z.output<typeof campaignRow>;
const itemRow = z.object({ item: storedNode });

/** Why there is no evidence to export: no such campaign, a name that fits several, or a campaign not launched yet. */
export class CampaignLookupError extends Error {
  constructor(
    message: string,
    readonly reason: 'not_found' | 'ambiguous' | 'not_launched',
  ) {
    super(message);
    this.name = 'CampaignLookupError';
  }
}

/**
 * Reads a campaign (by id or exact name) and all its review items, page by page in one read
 * transaction, checks the population hash against the one recorded at launch and counts how
 * complete the review is as of `at`.
 */
export async function collectEvidence(graph: Graph, campaignRef: string, at: Date): Promise<Evidence> {
  const { campaign, items, snapshots } = await graph.executeRead(async (tx) => {
    const found = decodeRows(campaignRow, rowsOf(await tx.run(FIND_CAMPAIGNS, { ref: campaignRef })), 'evidence-campaigns');
    const row = pickCampaign(found, campaignRef);
    const facts = toCampaignFacts(row);
    const read: EvidenceItem[] = [];
    const stored: StoredSnapshot[] = [];
    let after: string | null = null;
    for (;;) {
      const params = { campaignId: facts.id, after, limit: limitParam(PAGE_SIZE, PAGE_SIZE) };
      const page = decodeRows(itemRow, rowsOf(await tx.run(ITEMS_PAGE, params)), 'evidence-items');
      for (const { item } of page) {
        const evidenceItem = toEvidenceItem(item);
        read.push(evidenceItem);
        if (evidenceItem.stage === 1)
          stored.push({ itemId: evidenceItem.id, accountId: evidenceItem.accountId, snapshot: text(item.snapshot) ?? '' });
      }
      if (page.length < PAGE_SIZE) break;
      after = read[read.length - 1]?.id ?? null;
    }
    return { campaign: facts, items: read, snapshots: stored };
  }, 'evidence-collect');
  items.sort(byStageAppAccount);
  const period = periodDates(campaign.period);
  return {
    leavers: period === null ? null : await leaverReport(graph, period, at),
    campaign,
    items,
    population: checkPopulation(snapshots, campaign.populationSha256, campaign.populationCount),
    completeness: completenessOf(items, campaign.dueAt, at),
    generatedAt: at,
  };
}

function pickCampaign(rows: CampaignRow[], ref: string): CampaignRow {
  const byId = rows.find((row) => row.campaign.id === ref);
  if (byId) return checkLaunched(byId);
  if (rows.length === 0) throw new CampaignLookupError(`no campaign has the id or name "${ref}"`, 'not_found');
  if (rows.length > 1) {
    const ids = rows.map((row) => row.campaign.id).join(', ');
    throw new CampaignLookupError(`${rows.length} campaigns are named "${ref}" (${ids}); give the campaign id`, 'ambiguous');
  }
  return checkLaunched(rows[0]!);
}

function checkLaunched(row: CampaignRow): CampaignRow {
  const { campaign } = row;
  if (campaign.status === 'draft') {
    throw new CampaignLookupError(
      `campaign "${text(campaign.name) ?? campaign.id}" (${campaign.id}) is a draft: it has no population until it is launched`,
      'not_launched',
    );
  }
  return row;
}

function toCampaignFacts(row: CampaignRow): CampaignFacts {
  const { campaign: c, owner } = row;
  return {
    id: c.id,
    name: text(c.name) ?? c.id,
    period: text(c.period) ?? '',
    scopeKind: text(c.scopeKind) ?? '',
    scopeApps: row.scopeApps,
    dueAt: text(c.dueAt),
    secondStage: c.secondStage === true,
    remediationDays: numberOrNull(c.remediationDays),
    status: text(c.status) ?? '',
    owner: owner === null ? null : { id: owner.id, name: owner.name ?? owner.id, email: owner.email },
    createdAt: text(c.createdAt),
    createdByName: text(c.createdByName),
    launchedAt: text(c.launchedAt),
    launchedByName: text(c.launchedByName),
    closedAt: text(c.closedAt),
    closedByName: text(c.closedByName),
    closeDefault: text(c.closeDefault),
    populationCount: numberOrNull(c.populationCount),
    populationSha256: text(c.populationSha256),
  };
}

function toEvidenceItem(i: StoredNode): EvidenceItem {
  const launch = launchFacts(text(i.snapshot));
  return {
    id: i.id,
    stage: numberOrNull(i.stage) ?? 1,
    parentItemId: text(i.parentItemId),
    accountId: text(i.accountId) ?? '',
    appId: text(i.appId),
    appName: text(i.appName) ?? '',
    accountEmail: text(i.accountEmail),
    ownerPersonId: text(i.ownerPersonId),
    ownerName: text(i.ownerName),
    ownerEmail: launch.ownerEmail,
    rolesAtLaunch: launch.roles,
    findingsAtLaunch: launch.findings,
    privileged: i.privileged === true,
    flagged: i.flagged === true,
    monthlyCost: numberOrNull(i.monthlyCost),
    recommendation: text(i.recommendation),
    recommendationReason: text(i.recommendationReason),
    reviewerPersonId: text(i.reviewerPersonId),
    reviewerName: text(i.reviewerName),
    reviewerReason: text(i.reviewerReason),
    originalReviewerPersonId: text(i.originalReviewerPersonId),
    escalatedAt: text(i.escalatedAt),
    decision: oneOf(i.decision, ['keep', 'revoke', 'modify'] as const satisfies readonly Decision[]),
    newRole: text(i.newRole),
    justification: text(i.justification),
    decidedAt: text(i.decidedAt),
    decidedById: text(i.decidedById),
    decidedByName: text(i.decidedByName),
    decisionSource: text(i.decisionSource),
    remediationStatus: oneOf(i.remediationStatus, ['open', 'verified', 'failed'] as const satisfies readonly RemediationStatus[]),
    remediationDueAt: text(i.remediationDueAt),
    remediationCheckedAt: text(i.remediationCheckedAt),
    remediationDetail: text(i.remediationDetail),
    earlierDecisions: earlierDecisions(i.earlierDecisions),
  };
}

/** ReviewItem.earlierDecisions, a list of JSON objects; an entry that is not one is kept as its text. */
function earlierDecisions(stored: unknown): EarlierDecisionFacts[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((entry) => {
    let parsed: unknown;
    try {
      parsed = typeof entry === 'string' ? JSON.parse(entry) : entry;
    } catch {
      parsed = null;
    }
    const r = isRecord(parsed) ? parsed : { decision: text(entry) };
    return {
      decision: text(r.decision) ?? 'unknown',
      newRole: text(r.newRole),
      justification: text(r.justification),
      decidedAt: text(r.decidedAt),
      decidedByName: text(r.decidedByName),
      replacedAt: text(r.replacedAt),
      replacedByName: text(r.replacedByName),
    };
  });
}

/** The parts of a launch snapshot the report shows; a snapshot that is not JSON shows nothing (the population check reports it). */
function launchFacts(snapshot: string | null): { ownerEmail: string | null; roles: RoleAtLaunch[]; findings: FindingAtLaunch[] } {
  let parsed: unknown;
  try {
    parsed = snapshot === null ? null : JSON.parse(snapshot);
  } catch {
    parsed = null;
  }
  if (!isRecord(parsed)) return { ownerEmail: null, roles: [], findings: [] };
  const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);
  return {
    ownerEmail: typeof parsed.ownerEmail === 'string' ? parsed.ownerEmail : null,
    roles: list(parsed.roles).map((r) => ({ name: text(r.name) ?? '', privilege: typeof r.privilege === 'string' ? r.privilege : null })),
    findings: list(parsed.findings).map((f) => ({
      type: text(f.type) ?? '',
      severity: typeof f.severity === 'string' ? f.severity : null,
      reason: typeof f.reason === 'string' ? f.reason : null,
    })),
  };
}

function byStageAppAccount(a: EvidenceItem, b: EvidenceItem): number {
  return (
    a.stage - b.stage ||
    compare(a.appName, b.appName) ||
    compare(a.accountEmail ?? a.accountId, b.accountEmail ?? b.accountId) ||
    compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored value as text: numbers and booleans as they print, anything else as JSON. */
function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
