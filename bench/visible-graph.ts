/**
 * What readers of the graph see, for the benches' comparisons: the records, without the importer's
 * bookkeeping. The two constants follow the importer (as on h/ingest): set them when it changes.
 */

/** The label the importer stages new records under before it publishes them; readers never query it. */
export const STAGING_LABEL = 'StagedRecord';

/** Properties the importer keeps on records for itself, which a plain bulk load would not write. */
export const IMPORTER_ONLY_PROPERTIES: readonly string[] = ['contentHash'];
