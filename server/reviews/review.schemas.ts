import { z } from 'zod';
import type { FindingFacts } from './recommendation.js';
import type { PersonName } from './reviewer-rule.js';
import {
  CAMPAIGN_STATUSES,
  CLOSE_DEFAULTS,
  DECISION_SOURCES,
  DECISIONS,
  RECOMMENDATIONS,
  REMEDIATION_STATUSES,
  REVIEWER_REASONS,
  SCOPE_KINDS,
  type CampaignRecord,
  type ReviewItemRecord,
} from './review.types.js';

/**
 * Schemas of the review rows the queries return. Stored nodes come back as `{.*}` maps: Neo4j keeps
 * no null properties, so an absent one reads as null, and properties the model does not name are kept.
 */

/** A property Neo4j leaves out when it is null. */
function stored<T extends z.ZodType>(schema: T) {
  return schema.nullable().default(null);
}

const text = z.string();

export const personNameSchema: z.ZodType<PersonName> = z.object({ id: text, displayName: text });

/** `RETURN i.id AS id` and the like: the ids a query picks. */
export const idRowSchema = z.object({ id: text });

/** `c {.*, ownerPersonId, ownerName, ownerEmail, ownerStatus}` (CAMPAIGN_COLUMNS). */
export const campaignRecordSchema: z.ZodType<CampaignRecord> = z.looseObject({
  id: text,
  name: text,
  period: text,
  scopeKind: z.enum(SCOPE_KINDS),
  scopeAppIds: z.array(text),
  dueAt: text,
  secondStage: z.boolean(),
  remediationDays: z.number(),
  status: z.enum(CAMPAIGN_STATUSES),
  createdAt: text,
  createdById: text,
  createdByName: text,
  launchedAt: stored(text),
  launchedById: stored(text),
  launchedByName: stored(text),
  closedAt: stored(text),
  closedById: stored(text),
  closedByName: stored(text),
  closeDefault: stored(z.enum(CLOSE_DEFAULTS)),
  populationCount: stored(z.number()),
  populationSha256: stored(text),
  version: z.number(),
  ownerPersonId: text.nullable(),
  ownerName: text.nullable(),
  ownerEmail: text.nullable(),
  ownerStatus: text.nullable(),
  ownerUserEmail: stored(text),
  ownerUserName: stored(text),
});

/** `c {.id, .name, .period, .status, .dueAt}`: the campaign beside each item. */
export const activeCampaignRefSchema = z.object({ id: text, name: text, period: text, status: text, dueAt: text });

/** `i {.*}`: a stored review item. */
export const reviewItemRecordSchema: z.ZodType<ReviewItemRecord> = z.looseObject({
  id: text,
  campaignId: text,
  stage: z.union([z.literal(1), z.literal(2)]),
  parentItemId: stored(text),
  accountId: text,
  snapshot: text,
  appId: text,
  appName: text,
  accountEmail: stored(text),
  ownerPersonId: stored(text),
  ownerName: stored(text),
  privileged: z.boolean(),
  flagged: z.boolean(),
  monthlyCost: z.number(),
  recommendation: z.enum(RECOMMENDATIONS),
  recommendationReason: text,
  reviewerPersonId: stored(text),
  reviewerName: stored(text),
  reviewerReason: stored(z.enum(REVIEWER_REASONS)),
  originalReviewerPersonId: stored(text),
  escalatedAt: stored(text),
  decision: stored(z.enum(DECISIONS)),
  newRole: stored(text),
  justification: stored(text),
  decidedAt: stored(text),
  decidedById: stored(text),
  decidedByName: stored(text),
  decidedOnBehalfOf: stored(text),
  decisionSource: stored(z.enum(DECISION_SOURCES)),
  remediationStatus: stored(z.enum(REMEDIATION_STATUSES)),
  remediationDueAt: stored(text),
  remediationCheckedAt: stored(text),
  remediationDetail: stored(text),
  earlierDecisions: stored(z.array(text)),
  secondStageItemId: stored(text),
  createdAt: text,
  updatedAt: stored(text),
  updatedByName: stored(text),
  version: z.number(),
});

/** `RETURN i {.*} AS item, c {.id, .name, .period, .status, .dueAt} AS campaign`. */
export const itemWithCampaignRowSchema = z.object({ item: reviewItemRecordSchema, campaign: activeCampaignRefSchema });

/** `f {.type, .severity, .reason, .monthlyCost, .ageDays, .personId, .personStatus}`: a finding on an account. */
export const accountFindingSchema: z.ZodType<FindingFacts & { severity: string; reason: string }> = z.object({
  type: text,
  severity: text,
  reason: text,
  monthlyCost: z.number(),
  ageDays: z.number().nullable(),
  personId: text.nullable(),
  personStatus: text.nullable(),
});

/** READ_POPULATION: an account in a campaign's scope with what its snapshot, recommendation and reviewer need. */
export const populationRowSchema = z.object({
  accountId: text,
  appId: text,
  appName: text,
  email: text.nullable(),
  username: text.nullable(),
  status: text,
  kind: text,
  lastActiveAt: text.nullable(),
  roles: z.array(z.object({ name: text, privilege: text.nullable() })),
  seat: z.object({ name: text, monthlyCost: z.number().nullable(), currency: text.nullable() }).nullable(),
  ownerPersonId: text.nullable(),
  ownerName: text.nullable(),
  ownerEmail: text.nullable(),
  ownerStatus: text.nullable(),
  findings: z.array(accountFindingSchema),
  manager: personNameSchema.nullable(),
  appOwner: personNameSchema.nullable(),
});

export type PopulationRow = z.output<typeof populationRowSchema>;
