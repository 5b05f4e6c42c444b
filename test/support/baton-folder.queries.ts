/** The runs the watched Baton folder recorded, newest last. */
export const BATON_RUNS = `
MATCH (s:SyncRun {kind: 'baton'})
RETURN s.scope AS scope, s.status AS status, s.files AS files, s.errors AS errors
ORDER BY s.recordedAt`;
