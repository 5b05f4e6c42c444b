// Reconciliation app by app (server/reconcile): an app's IdP assignments, and whether an identity still has one.
CREATE INDEX app_assignment_app IF NOT EXISTS FOR (n:AppAssignment) ON (n.appId);
CREATE INDEX app_assignment_identity IF NOT EXISTS FOR (n:AppAssignment) ON (n.identityId);
// The figures a reconciliation reports, counted without reading every account: manual links, "no owner" decisions, review flags.
CREATE INDEX belongs_to_method IF NOT EXISTS FOR ()-[r:BELONGS_TO]-() ON (r.method);
CREATE INDEX account_owner_override IF NOT EXISTS FOR (n:Account) ON (n.ownerOverride);
CREATE INDEX account_needs_review IF NOT EXISTS FOR (n:Account) ON (n.needsReview);
CREATE INDEX identity_needs_review IF NOT EXISTS FOR (n:Identity) ON (n.needsReview);
