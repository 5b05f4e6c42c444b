import { gql, type TypedDocumentNode } from '@apollo/client';
import { IMPORT_FORM_KIND, type ImportForm_kind } from './ImportForm.js';
import { SOURCES_TABLE_SOURCE, type SourcesTable_source } from './SourcesTable.js';
import { SYNC_RUNS_TABLE_RUN, type SyncRunsTable_run } from './SyncRunsTable.js';

/** Imports shown in the sync history. */
export const SYNC_HISTORY_SIZE = 50;

export interface SourcesPageQuery {
  sources: SourcesTable_source[];
  syncRuns: SyncRunsTable_run[];
}

export interface SourcesPageVariables {
  first: number;
}

export const SOURCES_PAGE_QUERY: TypedDocumentNode<SourcesPageQuery, SourcesPageVariables> = gql`
  query SourcesPage($first: Int!) {
    sources {
      ...SourcesTable_source
    }
    syncRuns(first: $first) {
      ...SyncRunsTable_run
    }
  }
  ${SOURCES_TABLE_SOURCE}
  ${SYNC_RUNS_TABLE_RUN}
`;

export interface ImportKindsQuery {
  importKinds: ImportForm_kind[];
}

export type ImportKindsVariables = Record<string, never>;

/** The choices of the upload form's kind select. */
export const IMPORT_KINDS_QUERY: TypedDocumentNode<ImportKindsQuery, ImportKindsVariables> = gql`
  query ImportKinds {
    importKinds {
      ...ImportForm_kind
    }
  }
  ${IMPORT_FORM_KIND}
`;
