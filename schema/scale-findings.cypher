// The findings refresh works per app: it reads, diffs and rewrites one app's stored findings at a time.
CREATE INDEX finding_app_id IF NOT EXISTS FOR (n:Finding) ON (n.appId);
