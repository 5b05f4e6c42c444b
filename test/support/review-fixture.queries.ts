/** A campaign and its review items written as the review data model stores them (see review-fixture.ts). */

export const CREATE_CAMPAIGN = `
MERGE (owner:Person {id: $owner.id}) ON CREATE SET owner.displayName = $owner.name, owner.email = $owner.email, owner.status = 'active'
CREATE (c:Campaign {id: $c.id, name: $c.name, period: $c.period, scopeKind: 'all', scopeAppIds: [], dueAt: $c.dueAt, secondStage: true,
  remediationDays: 14, status: $c.status, createdAt: $c.createdAt, createdById: $c.by.id, createdByName: $c.by.name,
  launchedAt: $c.launchedAt, launchedById: CASE WHEN $c.launchedAt IS NULL THEN null ELSE $c.by.id END,
  launchedByName: CASE WHEN $c.launchedAt IS NULL THEN null ELSE $c.by.name END,
  closedAt: $c.closedAt, closedById: CASE WHEN $c.closedAt IS NULL THEN null ELSE $c.by.id END,
  closedByName: CASE WHEN $c.closedAt IS NULL THEN null ELSE $c.by.name END, closeDefault: $c.closeDefault,
  populationCount: toInteger($populationCount), populationSha256: $populationSha256, version: 1})
CREATE (c)-[:OWNED_BY]->(owner)`;

export const CREATE_ITEMS = `
MATCH (c:Campaign {id: $campaignId})
UNWIND $items AS row
MERGE (app:App {id: row.account.appId}) ON CREATE SET app.name = row.account.appName
MERGE (a:Account {id: row.account.id}) ON CREATE SET a.email = row.account.email, a.status = 'active'
MERGE (a)-[:IN]->(app)
MERGE (reviewer:Person {id: row.reviewer.id}) ON CREATE SET reviewer.displayName = row.reviewer.name, reviewer.email = row.reviewer.email, reviewer.status = 'active'
CREATE (i:ReviewItem {id: row.id, campaignId: c.id, stage: toInteger(row.stage), parentItemId: row.parentItemId, accountId: row.account.id,
  snapshot: row.snapshot, appId: row.account.appId, appName: row.account.appName, accountEmail: row.account.email,
  ownerPersonId: row.account.owner.id, ownerName: row.account.owner.name, privileged: row.privileged, flagged: row.flagged,
  monthlyCost: toFloat(coalesce(row.account.monthlyCost, 0)), recommendation: row.recommendation, recommendationReason: row.recommendationReason,
  reviewerPersonId: row.reviewer.id, reviewerName: row.reviewer.name, reviewerReason: row.reviewerReason,
  originalReviewerPersonId: CASE WHEN row.escalatedAt IS NULL THEN null ELSE row.reviewer.id END, escalatedAt: row.escalatedAt,
  decision: row.decision.decision, newRole: row.decision.newRole, justification: row.decision.justification,
  decidedAt: row.decision.decidedAt, decidedById: row.decision.decidedBy.id, decidedByName: row.decision.decidedBy.name,
  decisionSource: row.decision.source,
  remediationStatus: row.remediation.status, remediationDueAt: row.remediation.dueAt,
  remediationCheckedAt: row.remediation.checkedAt, remediationDetail: row.remediation.detail, version: 1})
CREATE (c)-[:HAS_ITEM]->(i)-[:REVIEWS]->(a)
CREATE (i)-[:ASSIGNED_TO]->(reviewer)`;
