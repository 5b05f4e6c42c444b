import { graphql } from '../../graphql/index.js';

/** While a sync runs, the page asks for the connections this often to show its progress, then its outcome. */
export const SYNC_POLL_MS = 2000;

/** The schedules the form offers, in minutes. */
export const SCHEDULE_CHOICES: readonly { minutes: number; label: string }[] = [
  { minutes: 60, label: 'Every hour' },
  { minutes: 360, label: 'Every 6 hours' },
  { minutes: 720, label: 'Every 12 hours' },
  { minutes: 1440, label: 'Every day' },
];

export const DEFAULT_SCHEDULE_MINUTES = 360;

export const CONNECTIONS_QUERY = graphql(`
  query Connections {
    connections {
      name
      kind
      kindLabel
      baseUrl
      org
      everyMinutes
      lastRunAt
      lastStatus
      lastMessage
      nextRunAt
      running
      progress
    }
  }
`);

export const CONNECTOR_KINDS_QUERY = graphql(`
  query ConnectorKinds {
    connectorKinds {
      kind
      label
      defaultUrl
      orgLabel
      credentialLabel
      credentialHint
      credentialMultiline
    }
  }
`);

export const ADD_CONNECTION_MUTATION = graphql(`
  mutation AddConnection($input: AddConnectionInput!) {
    addConnection(input: $input) {
      name
    }
  }
`);

export const TEST_CONNECTION_MUTATION = graphql(`
  mutation TestConnection($name: String!) {
    testConnection(name: $name) {
      permission
      ok
      problem
    }
  }
`);

export const SYNC_CONNECTION_MUTATION = graphql(`
  mutation SyncConnection($name: String!) {
    syncConnection(name: $name) {
      name
      running
      progress
    }
  }
`);

export const SET_CONNECTION_SCHEDULE_MUTATION = graphql(`
  mutation SetConnectionSchedule($name: String!, $everyMinutes: Int!) {
    setConnectionSchedule(name: $name, everyMinutes: $everyMinutes) {
      name
      everyMinutes
      nextRunAt
    }
  }
`);

export const REMOVE_CONNECTION_MUTATION = graphql(`
  mutation RemoveConnection($name: String!) {
    removeConnection(name: $name)
  }
`);

/** "Every 6 hours", or the minutes as the CLI set them. */
export function scheduleLabel(minutes: number): string {
  const choice = SCHEDULE_CHOICES.find((c) => c.minutes === minutes);
  if (choice) return choice.label;
  if (minutes % 1440 === 0) return `Every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return `Every ${minutes / 60} hours`;
  return `Every ${minutes} minutes`;
}
