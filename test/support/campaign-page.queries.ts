/** An item written under a draft, as a launch still running leaves it (test data only). */
export const ITEM_UNDER_DRAFT = `
MATCH (c:Campaign {id: $campaignId})
CREATE (c)-[:HAS_ITEM]->(i:ReviewItem)
SET i = {id: $campaignId + ':1:running', campaignId: $campaignId, stage: 1, accountId: 'running', appId: 'app', appName: 'Slack',
         accountEmail: 'running@acme.com', snapshot: '{}', privileged: false, flagged: false, monthlyCost: 0.0,
         recommendation: 'keep', recommendationReason: 'keep', createdAt: $now, version: 1}`;

/** A campaign as one launched before its counters were kept leaves it: no counters, items without their list key (test data only). */
export const FORGET_TALLIES = `
MATCH (c:Campaign {id: $campaignId})
CALL (c) {
  MATCH (t:ReviewTally {campaignId: c.id})
  DELETE t
}
CALL (c) {
  MATCH (c)-[:HAS_ITEM]->(i:ReviewItem)
  REMOVE i.listKey
}`;
