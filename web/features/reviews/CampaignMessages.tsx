import { graphql } from '../../graphql/index.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { formatDateTime } from '../../shared/format.js';
import { ScrollRegion } from '../../shared/ScrollRegion.js';
import type { CampaignMessages_NotificationFragment } from '../../graphql/graphql.js';

// The fields this component reads; codegen adds them to every query that spreads the fragment.
graphql(`
  fragment CampaignMessages_notification on CampaignNotification {
    id
    channel
    to
    toName
    kind
    subject
    status
    attempts
    lastError
    createdAt
    sentAt
    nextAttemptAt
  }
`);

const KIND_LABELS: Record<CampaignMessages_NotificationFragment['kind'], string> = {
  ASSIGNED: 'Items assigned',
  REMINDER: 'Reminder',
  ESCALATION: 'Escalation',
  CLOSED: 'Campaign closed',
  DIGEST: 'Daily digest',
};

interface CampaignMessagesProps {
  notifications: readonly CampaignMessages_NotificationFragment[];
}

/** The mails and Slack posts about the campaign, newest first: whom, what, and whether it went out. */
export function CampaignMessages({ notifications }: CampaignMessagesProps) {
  if (notifications.length === 0) {
    return <EmptyState>No messages yet. Reviewers are notified when ATTEST_SMTP_URL or ATTEST_SLACK_WEBHOOK_URL is set.</EmptyState>;
  }
  const caption = 'Messages to reviewers, newest first';
  return (
    <ScrollRegion label={caption}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">To</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {notifications.map((message) => (
            <tr key={message.id}>
              <th scope="row">
                {message.toName}
                <span className="small muted wrap-anywhere">
                  {' '}
                  {message.channel === 'SLACK' ? 'Slack' : message.to || 'no email address'}
                </span>
              </th>
              <td>
                {KIND_LABELS[message.kind]}
                <span className="small muted"> {message.subject}</span>
              </td>
              <td>
                <MessageStatus message={message} />
              </td>
              <td className="nowrap">{formatDateTime(message.sentAt ?? message.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function MessageStatus({ message }: { message: CampaignMessages_NotificationFragment }) {
  const attempts = message.attempts === 1 ? '1 attempt' : `${message.attempts} attempts`;
  if (message.status === 'SENT') return <>Sent{message.attempts > 1 ? ` after ${attempts}` : ''}</>;
  if (message.status === 'QUEUED') return <>Queued</>;
  return (
    <span className="warn-text">
      Failed ({attempts}): {message.lastError ?? 'unknown error'}
      {message.nextAttemptAt ? `; retried after ${formatDateTime(message.nextAttemptAt)}` : '; given up'}
    </span>
  );
}
