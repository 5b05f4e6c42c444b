import { useApolloClient, useQuery } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useCallback, useEffect, useRef } from 'react';
import { evictFindingsViews } from '../../shared/evict-findings-views.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { BatonFilesSection } from './BatonFilesSection.js';
import { ConnectionsSection } from './ConnectionsSection.js';
import { ImportForm } from './ImportForm.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { Section } from '../../shared/Section.js';
import { SourcesTable } from './SourcesTable.js';
import { SyncRunsTable } from './SyncRunsTable.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { useSession } from '../auth/auth.js';
import { formatCount, formatCountOf } from '../../shared/format.js';
import { IMPORT_KINDS_QUERY, SOURCES_PAGE_QUERY, STALE_AFTER_DAYS, SYNC_HISTORY_SIZE } from './sources.queries.js';

/**
 * Root fields an import changes beyond the findings-dependent ones (web/shared/evict-findings-views.ts):
 * activity, roles and seats, the apps the upload form offers, and the reviews an import settles.
 * Evicting rather than fetching them now keeps their queries (and the overview's charts) out of
 * this page's chunk: each page asks the server again when it is next shown.
 */
const ALSO_CHANGED_BY_IMPORT = ['activityHistogram', 'rolesAndSeats', 'importApps', 'reviewQueue', 'campaigns', 'campaign'] as const;

/** While an import is reconciling, ask again this often so the page shows when it is done. */
const RECONCILING_POLL_MS = 3000;

/** Drops every view an import changes, once its reconciliation is done (the figures are final then). */
function evictImportViews(client: ApolloClient): void {
  evictFindingsViews(client.cache, ALSO_CHANGED_BY_IMPORT);
}

/** After an upload (reconciled before the server answers): drop what it changed and refetch the sources and sync history on screen. */
async function refreshAfterImport(client: ApolloClient): Promise<void> {
  evictImportViews(client);
  await client.refetchQueries({ include: [SOURCES_PAGE_QUERY] }).catch(() => undefined);
}

export function SourcesPage() {
  usePageTitle('Sources');
  const client = useApolloClient();
  const sources = useQuery(SOURCES_PAGE_QUERY, { variables: { first: SYNC_HISTORY_SIZE } });
  const session = useSession();
  // The server refuses imports from anyone but an admin; don't offer them the form.
  const canImport = !session || session.user.role === 'admin';
  const kinds = useQuery(IMPORT_KINDS_QUERY, { skip: !canImport });
  const onImported = useCallback(() => void refreshAfterImport(client), [client]);
  const onSynced = useCallback(() => void refreshAfterImport(client), [client]);
  const onRejected = useCallback(() => void client.refetchQueries({ include: [SOURCES_PAGE_QUERY] }).catch(() => undefined), [client]);
  const data = sources.data;
  const stale = data?.sources.filter((source) => source.stale).length ?? 0;
  const reconciling = data?.sources.some((source) => source.reconciling) ?? false;
  const { startPolling, stopPolling } = sources;
  useEffect(() => {
    if (!reconciling) return undefined;
    startPolling(RECONCILING_POLL_MS);
    return () => stopPolling();
  }, [reconciling, startPolling, stopPolling]);
  // An import (from the CLI, or one a restart finished) is reconciled: the other pages' figures are final now.
  const wasReconciling = useRef(false);
  useEffect(() => {
    if (!data) return;
    if (wasReconciling.current && !reconciling) evictImportViews(client);
    wasReconciling.current = reconciling;
  }, [data, reconciling, client]);

  return (
    <>
      <h1>Sources</h1>
      <p className="muted">
        Where Attest’s data comes from. Findings are only as fresh as the last import of each source; a source is stale when it has not
        synced successfully for more than {STALE_AFTER_DAYS} days.
      </p>

      <Section title="Sources" count={data?.sources.length ? formatCount(data.sources.length) : undefined}>
        {sources.error ? (
          <QueryError error={sources.error} resource="sources" onRetry={() => void sources.refetch().catch(() => undefined)} />
        ) : !data ? (
          sources.loading ? (
            <Loading label="sources" rows={3} />
          ) : null
        ) : data.sources.length === 0 ? (
          <EmptyState>
            No sources yet. Import an HR export or an identity-provider dump below and each source will be listed here with when it last
            synced.
          </EmptyState>
        ) : (
          <>
            {stale > 0 ? (
              <p>
                {formatCount(stale)} of {formatCountOf(data.sources.length, 'source')} {stale === 1 ? 'is' : 'are'} stale: import fresh data
                below.
              </p>
            ) : null}
            <SourcesTable sources={data.sources} />
          </>
        )}
      </Section>

      <ConnectionsSection canChange={canImport} onSynced={onSynced} />

      <BatonFilesSection />

      <Section title="Import">
        {!canImport ? (
          <p className="muted">Only admins can import files; ask one if a source is out of date.</p>
        ) : kinds.error ? (
          <QueryError error={kinds.error} resource="the kinds of import" onRetry={() => void kinds.refetch().catch(() => undefined)} />
        ) : !kinds.data ? (
          kinds.loading ? (
            <Loading label="the upload form" rows={2} />
          ) : null
        ) : kinds.data.importKinds.length === 0 ? (
          <EmptyState>This server offers no kinds of import.</EmptyState>
        ) : (
          <ImportForm kinds={kinds.data.importKinds} onImported={onImported} onRejected={onRejected} />
        )}
      </Section>

      <Section title="Sync history" count={data?.syncRuns.length ? formatCount(data.syncRuns.length) : undefined}>
        {sources.error ? (
          <p className="muted">The sync history loads with the sources: see the error above.</p>
        ) : !data ? (
          sources.loading ? (
            <Loading label="the sync history" rows={4} />
          ) : null
        ) : data.syncRuns.length === 0 ? (
          <EmptyState>
            No imports recorded yet. Every import, from this page or the CLI, is listed here with its files, their SHA-256 and what it
            added, updated and removed.
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              Newest first
              {data.syncRuns.length >= SYNC_HISTORY_SIZE ? `, the latest ${formatCount(SYNC_HISTORY_SIZE)} imports` : ''}. A failed import
              opens to show why it failed.
            </p>
            <SyncRunsTable runs={data.syncRuns} />
          </>
        )}
      </Section>
    </>
  );
}
