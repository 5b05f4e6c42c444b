import { graphql } from '../../graphql/index.js';
import { formatDate, formatTime } from '../../shared/format.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import { AuditChanges } from './AuditChanges.js';
import type { AuditEventsTable_EventFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment AuditEventsTable_event on AuditEvent {
    id
    seq
    at
    actorId
    actorName
    actorRole
    action
    targetType
    targetId
    targetName
    changes {
      ...AuditChanges_change
    }
    hash
  }
`);

const HASH_PREFIX = 12;

/** One row per audit event, newest first; what changed opens in place. */
export function AuditEventsTable({ events }: { events: readonly AuditEventsTable_EventFragment[] }) {
  return (
    <ScrollRegion label="Audit events table">
      <table className="audit-events-table">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Change</th>
            <th scope="col">Hash</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <AuditEventRow key={event.id} event={event} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function AuditEventRow({ event }: { event: AuditEventsTable_EventFragment }) {
  return (
    <tr>
      <th scope="row" className="num">
        {event.seq}
      </th>
      <td className="nowrap">
        {formatDate(event.at)}
        <div className="muted small">{formatTime(event.at)}</div>
      </td>
      <td>
        <span title={event.actorId}>{event.actorName}</span>
        <div className="muted small">{event.actorRole}</div>
      </td>
      <td className="nowrap">
        <code>{event.action}</code>
      </td>
      <td>
        <span className="muted small">{event.targetType}</span>
        {event.targetName ? (
          <div className="wrap-anywhere" title={`${event.targetType} ${event.targetId}`}>
            {event.targetName}
          </div>
        ) : (
          <div className="truncate" title={event.targetId}>
            {event.targetId}
          </div>
        )}
      </td>
      <td>
        <AuditChanges changes={event.changes} seq={event.seq} />
      </td>
      <td>
        <code className="hash" title={event.hash}>
          {event.hash.slice(0, HASH_PREFIX)}
        </code>
      </td>
    </tr>
  );
}
