/**
 * What readers of the graph see, for the benches' comparisons: the records, without the importer's
 * bookkeeping (staged records and their runs, which readers never query).
 */
export { STAGED_LABEL as STAGING_LABEL, STAGING_RUN_LABEL } from '../server/ingest/write/staging.queries.js';

/** Properties the importer keeps on records for itself, which a plain bulk load would not write. */
export const IMPORTER_ONLY_PROPERTIES: readonly string[] = ['contentHash'];
