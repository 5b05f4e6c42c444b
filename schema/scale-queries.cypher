// Indexes the dashboard's read queries need at 100,000 people (issue 13).
// A campaign's decided items (its revoked list, decisions by kind, recent decisions) without reading its undecided ones.
CREATE INDEX review_item_campaign_decision IF NOT EXISTS FOR (n:ReviewItem) ON (n.campaignId, n.decision);
// Open and failed remediation tasks, checked after every import: found without reading every review item.
CREATE INDEX review_item_remediation IF NOT EXISTS FOR (n:ReviewItem) ON (n.remediationStatus);
// A campaign's counters (server/reviews/tally.queries.ts): found, and merged, by campaign, kind and key.
CREATE INDEX review_tally_key IF NOT EXISTS FOR (n:ReviewTally) ON (n.campaignId, n.kind, n.key);
// A page of a campaign's items (of one app) in list order: read in index order, stopping after the page.
CREATE INDEX review_item_campaign_list IF NOT EXISTS FOR (n:ReviewItem) ON (n.campaignId, n.listKey);
CREATE INDEX review_item_campaign_app_list IF NOT EXISTS FOR (n:ReviewItem) ON (n.campaignId, n.appId, n.listKey);
// A manager's team in order (depth, name, id): every key of a manager's team starts with their id (server/teams).
CREATE INDEX in_team_of_key IF NOT EXISTS FOR ()-[r:IN_TEAM_OF]-() ON (r.teamKey);
// A campaign's reviewers, most left to do first then by name (the rank tally.queries.ts keeps): a page reads only its reviewers.
CREATE INDEX review_tally_rank IF NOT EXISTS FOR (n:ReviewTally) ON (n.campaignId, n.kind, n.rank);
// The team index's one marker (server/teams/team-index.queries.ts): concurrent refreshes share it.
CREATE CONSTRAINT team_index_id IF NOT EXISTS FOR (n:TeamIndex) REQUIRE n.id IS UNIQUE;
// My team's per-campaign tallies (server/reviews/team.queries.ts TEAM_CAMPAIGNS): a reviewer's items that have an owner, with
// their campaign and flags read from the index; the fallback reviewer of a campaign's orphans reads none of those.
CREATE INDEX review_item_reviewer_team IF NOT EXISTS FOR (n:ReviewItem) ON (n.reviewerPersonId, n.ownerPersonId, n.campaignId, n.flagged, n.privileged);
