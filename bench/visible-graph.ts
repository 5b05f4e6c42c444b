/**
 * What readers of the graph see, for the benches' comparisons: the records, without the importer's
 * bookkeeping. The two constants follow the importer: set them when it changes.
 */

/** The label the importer stages new records under before it publishes them; readers never query it. */
export const STAGING_LABEL = 'Staged';

/** Properties the importer keeps on records for itself (a plain bulk load would not write them), e.g. a content hash. */
export const IMPORTER_ONLY_PROPERTIES: readonly string[] = [];
