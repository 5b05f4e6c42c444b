import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  ADD_WEBHOOK_MUTATION,
  DELIVERY_PAGE_SIZE,
  REDELIVER_WEBHOOK_MUTATION,
  REMOVE_WEBHOOK_MUTATION,
  WEBHOOK_DELIVERIES_QUERY,
  WEBHOOKS_QUERY,
} from '../../web/features/webhooks/webhooks.queries.js';
import type { AddWebhookInput, WebhookDeliveriesQuery, WebhooksPageQuery } from '../../web/graphql/graphql.js';
import { mockQuery, renderApp, sessionAs } from './render.js';

type Endpoint = WebhooksPageQuery['webhooks'][number];
type Delivery = WebhookDeliveriesQuery['webhookDeliveries']['nodes'][number];

const EVENTS = ['campaign.launched', 'campaign.closed', 'remediation.created'];
const SLACK: Endpoint = {
  __typename: 'WebhookEndpoint',
  id: 'w-1',
  url: 'https://hooks.slack.example.com/services/****/****/****',
  events: ['campaign.launched'],
  createdAt: '2026-11-20T09:00:00Z',
};
const SIEM: Endpoint = { ...SLACK, id: 'w-2', url: 'https://siem.example.com/attest', events: ['remediation.created'] };
const SECRET = 'whsec_0123456789abcdef0123456789abcdef0123456789abcdef0123456789ab';

const endpoints = (webhooks: Endpoint[]) => mockQuery(WEBHOOKS_QUERY, {}, { webhookEvents: EVENTS, webhooks });

function delivery(overrides: Partial<Delivery>): Delivery {
  return {
    __typename: 'WebhookDelivery',
    id: 'd-1',
    url: SLACK.url,
    event: 'campaign.launched',
    status: 'failed',
    attempts: 6,
    createdAt: '2026-11-20T09:00:00Z',
    lastAttemptAt: '2026-11-21T09:00:00Z',
    nextAttemptAt: null,
    lastError: 'the receiver answered HTTP 500',
    statusCode: 500,
    ...overrides,
  };
}

const page = (nodes: Delivery[], totalCount: number, endCursor: string | null, after?: string) =>
  mockQuery(WEBHOOK_DELIVERIES_QUERY, after ? { first: DELIVERY_PAGE_SIZE, after } : { first: DELIVERY_PAGE_SIZE }, {
    webhookDeliveries: {
      __typename: 'WebhookDeliveryConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage: endCursor !== null },
      nodes,
    },
  });

describe('Webhooks page', () => {
  it('adds an endpoint for the chosen events and shows its signing secret once', async () => {
    const sent: AddWebhookInput[] = [];
    renderApp(
      '/webhooks',
      [
        endpoints([SLACK]),
        page([], 0, null),
        {
          request: { query: ADD_WEBHOOK_MUTATION, variables: () => true },
          result: (variables: { input: AddWebhookInput }) => {
            sent.push(variables.input);
            return { data: { addWebhook: { __typename: 'AddedWebhook', signingSecret: SECRET, endpoint: SIEM } } };
          },
        },
        endpoints([SLACK, SIEM]),
      ],
      { session: sessionAs('admin') },
    );

    const table = await screen.findByRole('table');
    expect(within(table).getByRole('cell', { name: SLACK.url })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Webhooks' }).getAttribute('aria-current')).toBe('page');

    fireEvent.change(screen.getByLabelText('Receiver URL'), { target: { value: 'https://siem.example.com/attest' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not added. Choose at least one event.');
    expect(sent).toEqual([]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'remediation.created' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    const shown = await screen.findByRole('status');
    expect(shown.textContent).toContain(SECRET);
    expect(shown.textContent).toContain('shown this once');
    expect(sent).toEqual([{ url: 'https://siem.example.com/attest', events: ['remediation.created'], signingSecret: null }]);
    await waitFor(() => expect(within(screen.getAllByRole('table')[0]!).getAllByRole('row')).toHaveLength(3));
    expect(within(screen.getAllByRole('table')[0]!).queryByText(SECRET)).toBeNull();
  });

  it('lists deliveries a page at a time and sends a failed one again', async () => {
    const redelivered: string[] = [];
    const failed = delivery({});
    const waiting = delivery({
      id: 'd-2',
      event: 'remediation.created',
      status: 'pending',
      attempts: 1,
      nextAttemptAt: '2026-11-20T09:01:00Z',
      lastError: 'no answer within 10 s',
      statusCode: null,
    });
    const older = delivery({ id: 'd-3', status: 'delivered', attempts: 1, lastError: null, statusCode: 204 });
    renderApp(
      '/webhooks',
      [
        endpoints([SLACK, SIEM]),
        page([failed, waiting], 3, 'cursor-2'),
        page([older], 3, null, 'cursor-2'),
        {
          request: { query: REDELIVER_WEBHOOK_MUTATION, variables: () => true },
          result: (variables: { id: string }) => {
            redelivered.push(variables.id);
            return { data: { redeliverWebhook: true } };
          },
        },
        page([{ ...failed, status: 'pending', attempts: 0, nextAttemptAt: '2026-11-21T10:00:00Z' }, waiting], 3, 'cursor-2'),
      ],
      { session: sessionAs('admin') },
    );

    const deliveries = await screen.findByRole('region', { name: 'Webhook deliveries table' });
    const [, first, second] = within(deliveries).getAllByRole('row');
    expect(first!.textContent).toContain('failed');
    expect(first!.textContent).toContain('the receiver answered HTTP 500');
    expect(within(first!).getByRole('cell', { name: '500' })).toBeDefined();
    expect(second!.textContent).toContain('no answer within 10 s');
    expect(screen.getByText('Showing 2 of 3 deliveries')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(deliveries).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByText('Showing 3 of 3 deliveries')).toBeDefined();

    fireEvent.click(within(first!).getByRole('button', { name: /Redeliver/ }));
    expect((await screen.findByRole('status')).textContent).toContain('queued again');
    expect(redelivered).toEqual(['d-1']);
    await waitFor(() => expect(screen.getByText('Showing 2 of 3 deliveries')).toBeDefined());
  });

  it('removes an endpoint after asking', async () => {
    const removed: string[] = [];
    renderApp(
      '/webhooks',
      [
        endpoints([SLACK, SIEM]),
        page([], 0, null),
        {
          request: { query: REMOVE_WEBHOOK_MUTATION, variables: () => true },
          result: (variables: { id: string }) => {
            removed.push(variables.id);
            return { data: { removeWebhook: true } };
          },
        },
        endpoints([SLACK]),
      ],
      { session: sessionAs('admin') },
    );
    fireEvent.click(await screen.findByRole('button', { name: `Remove the webhook to ${SIEM.url}` }));
    expect(removed).toEqual([]);
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Remove webhook' }));
    await waitFor(() => expect(screen.queryByRole('cell', { name: SIEM.url })).toBeNull());
    expect(removed).toEqual(['w-2']);
  });

  it('is offered to admins only', async () => {
    renderApp('/webhooks', [], { session: sessionAs('auditor') });
    expect(await screen.findByText(/The Auditor role does not include/)).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Webhooks' })).toBeNull();
  });
});
