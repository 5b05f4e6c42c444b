/** What the findings refresh stored on an app's role: how many first holders, and the live holder count. */
export const STORED_ROLE_HOLDERS = `
MATCH (r:Role {name: $roleName})-[:OF]->(:App {id: $appId})
RETURN size(r.firstHolderIds) AS n, r.liveHolderCount AS live`;
