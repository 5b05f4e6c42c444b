import { graphql } from '../../graphql/index.js';

export const DELIVERY_PAGE_SIZE = 25;

export const WEBHOOKS_QUERY = graphql(`
  query WebhooksPage {
    webhookEvents
    webhooks {
      id
      url
      events
      createdAt
    }
  }
`);

export const WEBHOOK_DELIVERIES_QUERY = graphql(`
  query WebhookDeliveries($first: Int!, $after: String) {
    webhookDeliveries(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        url
        event
        status
        attempts
        createdAt
        lastAttemptAt
        nextAttemptAt
        lastError
        statusCode
      }
    }
  }
`);

export const ADD_WEBHOOK_MUTATION = graphql(`
  mutation AddWebhook($input: AddWebhookInput!) {
    addWebhook(input: $input) {
      signingSecret
      endpoint {
        id
        url
        events
        createdAt
      }
    }
  }
`);

export const REMOVE_WEBHOOK_MUTATION = graphql(`
  mutation RemoveWebhook($id: ID!) {
    removeWebhook(id: $id)
  }
`);

export const REDELIVER_WEBHOOK_MUTATION = graphql(`
  mutation RedeliverWebhook($id: ID!) {
    redeliverWebhook(id: $id)
  }
`);
