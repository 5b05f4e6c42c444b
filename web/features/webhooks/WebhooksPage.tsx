import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { EmptyState } from '../../shared/EmptyState.js';
import { formatDateTime } from '../../shared/format.js';
import { Loading } from '../../shared/Loading.js';
import { QueryError } from '../../shared/QueryError.js';
import { Section } from '../../shared/Section.js';
import { usePageTitle } from '../../shared/usePageTitle.js';
import { mutationProblem } from '../reviews/mutationProblem.js';
import { AddWebhookForm } from './AddWebhookForm.js';
import { WebhookDeliveries } from './WebhookDeliveries.js';
import { REMOVE_WEBHOOK_MUTATION, WEBHOOKS_QUERY } from './webhooks.queries.js';

/** Outgoing webhooks (admins): the endpoints, a form to add one, and what was sent to them. */
export function WebhooksPage() {
  usePageTitle('Webhooks');
  const { data, error, loading, refetch } = useQuery(WEBHOOKS_QUERY);
  const [remove, removing] = useMutation(REMOVE_WEBHOOK_MUTATION, { refetchQueries: [WEBHOOKS_QUERY], awaitRefetchQueries: true });
  const [removeProblem, setRemoveProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<{ id: string; url: string } | null>(null);

  async function removeEndpoint(id: string): Promise<void> {
    setRemoveProblem(null);
    try {
      await remove({ variables: { id } });
      setConfirming(null);
    } catch (failure) {
      setRemoveProblem(`Not removed. ${mutationProblem(failure).message}`);
    }
  }

  return (
    <>
      <div className="page-heading">
        <h1>Webhooks</h1>
      </div>
      <p className="muted">
        Attest POSTs each event as signed JSON to the endpoints that want it, retrying with backoff; a delivery that failed every attempt
        can be sent again below.
      </p>
      {error ? (
        <QueryError error={error} resource="webhooks" onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        loading ? (
          <Loading label="webhooks" rows={3} />
        ) : null
      ) : (
        <>
          <Section title="Endpoints" count={String(data.webhooks.length)}>
            {removeProblem ? (
              <p className="field-error" role="alert">
                {removeProblem}
              </p>
            ) : null}
            {data.webhooks.length === 0 ? (
              <EmptyState>No webhooks yet: add one below.</EmptyState>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">URL</th>
                    <th scope="col">Events</th>
                    <th scope="col">Added</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.webhooks.map((w) => (
                    <tr key={w.id}>
                      <td>{w.url}</td>
                      <td>{w.events.join(', ')}</td>
                      <td>{formatDateTime(w.createdAt)}</td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          disabled={removing.loading}
                          aria-label={`Remove the webhook to ${w.url}`}
                          onClick={() => setConfirming({ id: w.id, url: w.url })}
                        >
                          Remove
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {confirming ? (
              <div className="callout" role="alertdialog" aria-label={`Remove the webhook to ${confirming.url}?`}>
                <p>Remove the webhook to {confirming.url}? Its undelivered events are dropped; a receiver may keep its secret.</p>
                <div className="form-actions">
                  <button type="button" className="primary" disabled={removing.loading} onClick={() => void removeEndpoint(confirming.id)}>
                    Remove webhook
                  </button>
                  <button type="button" disabled={removing.loading} onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </div>
              </div>
            ) : null}
          </Section>
          <Section title="Add a webhook">
            <AddWebhookForm events={data.webhookEvents} />
          </Section>
        </>
      )}
      <Section title="Recent deliveries">
        <WebhookDeliveries />
      </Section>
    </>
  );
}
