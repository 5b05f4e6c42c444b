import { graphql } from '../../graphql/index.js';

/** `Source.stale`: not synced successfully for more than this many days. The server decides; this is for wording. */
export const STALE_AFTER_DAYS = 7;

/** Imports shown in the sync history. */
export const SYNC_HISTORY_SIZE = 50;

export const SOURCES_PAGE_QUERY = graphql(`
  query SourcesPage($first: Int!) {
    sources {
      ...SourcesTable_source
    }
    syncRuns(first: $first) {
      ...SyncRunsTable_run
    }
  }
`);

/** The choices of the upload form's kind select. */
export const IMPORT_KINDS_QUERY = graphql(`
  query ImportKinds {
    importKinds {
      ...ImportForm_kind
    }
  }
`);

/** The upload form's app choice: apps Attest has, then the catalog's others. */
export const IMPORT_APPS_QUERY = graphql(`
  query ImportApps {
    importApps {
      name
      catalogKey
      inGraph
    }
  }
`);
