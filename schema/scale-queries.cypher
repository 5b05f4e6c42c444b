// Indexes the dashboard's read queries need at 100,000 people (issue 13).
// A campaign's decided items (its revoked list, decisions by kind, recent decisions) without reading its undecided ones.
CREATE INDEX review_item_campaign_decision IF NOT EXISTS FOR (n:ReviewItem) ON (n.campaignId, n.decision);
// Open and failed remediation tasks, checked after every import: found without reading every review item.
CREATE INDEX review_item_remediation IF NOT EXISTS FOR (n:ReviewItem) ON (n.remediationStatus);
