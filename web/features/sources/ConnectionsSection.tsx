import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../shared/EmptyState.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { Section } from '../../shared/Section.js';
import { formatCount } from '../../shared/format.js';
import { AddConnectionForm } from './AddConnectionForm.js';
import { ConnectionRow } from './ConnectionRow.js';
import { CONNECTIONS_QUERY, CONNECTOR_KINDS_QUERY, SYNC_POLL_MS } from './connections.queries.js';

interface ConnectionsSectionProps {
  /** Admins add, test, sync, reschedule and remove; the other roles see the list. */
  canChange: boolean;
  /** A sync finished (from here, the schedule or the CLI): the sources and what an import changes are out of date. */
  onSynced: () => void;
}

/**
 * Vendor APIs Attest syncs on a schedule. While a sync runs the list is asked for every 2 s to show
 * its progress line; once it is done the sources and every findings view are refreshed.
 */
export function ConnectionsSection({ canChange, onSynced }: ConnectionsSectionProps) {
  const connections = useQuery(CONNECTIONS_QUERY);
  const kinds = useQuery(CONNECTOR_KINDS_QUERY, { skip: !canChange });
  const [added, setAdded] = useState<string | null>(null);
  const list = connections.data?.connections;
  const anyRunning = (list ?? []).some((c) => c.running);
  const { startPolling, stopPolling, refetch } = connections;
  useEffect(() => {
    if (!anyRunning) return undefined;
    startPolling(SYNC_POLL_MS);
    return () => stopPolling();
  }, [anyRunning, startPolling, stopPolling]);
  const wasRunning = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!list) return;
    const finished = [...wasRunning.current].some((name) => !list.some((c) => c.name === name && c.running));
    wasRunning.current = new Set(list.filter((c) => c.running).map((c) => c.name));
    if (finished) onSynced();
  }, [list, onSynced]);

  return (
    <Section title="Connections" count={list?.length ? formatCount(list.length) : undefined}>
      <p className="muted">Vendor APIs Attest downloads from on a schedule and imports like an upload, all or nothing.</p>
      {connections.error ? (
        <QueryError error={connections.error} resource="connections" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !list ? (
        connections.loading ? (
          <Loading label="connections" rows={2} />
        ) : null
      ) : list.length === 0 ? (
        <EmptyState>No connections yet.{canChange ? ' Add one below and Attest will sync it on its schedule.' : ''}</EmptyState>
      ) : (
        <ScrollRegion label="Connections table">
          <table className="sources-table">
            <caption className="visually-hidden">Connections to vendor APIs and their last sync</caption>
            <thead>
              <tr>
                <th scope="col">Vendor</th>
                <th scope="col">Name</th>
                <th scope="col">URL</th>
                <th scope="col">Schedule</th>
                <th scope="col">Last run</th>
                <th scope="col">Next run</th>
                {canChange ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.map((connection) => (
                <ConnectionRow key={connection.name} connection={connection} canChange={canChange} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {canChange ? (
        <>
          <h3>Add connection</h3>
          {added ? (
            <p role="status" className="callout callout-ok">
              Added “{added}”. Test it, then sync it now or let the schedule do it.
            </p>
          ) : null}
          {kinds.error ? (
            <QueryError
              error={kinds.error}
              resource="the kinds of connection"
              onRetry={() => void kinds.refetch().catch(() => undefined)}
            />
          ) : kinds.data ? (
            <AddConnectionForm kinds={kinds.data.connectorKinds} onAdded={setAdded} />
          ) : kinds.loading ? (
            <Loading label="the connection form" rows={2} />
          ) : null}
        </>
      ) : (
        <p className="muted">Only admins can add or change connections.</p>
      )}
    </Section>
  );
}
