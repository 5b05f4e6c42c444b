import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { mutationProblem, type MutationProblem } from '../reviews/mutationProblem.js';
import { ADD_WEBHOOK_MUTATION, WEBHOOKS_QUERY } from './webhooks.queries.js';

interface AddWebhookFormProps {
  events: readonly string[];
}

/**
 * Adds an endpoint. The signing secret the server answers with is shown here once, until the form
 * is used again or the page is left: it is never shown anywhere else.
 */
export function AddWebhookForm({ events }: AddWebhookFormProps) {
  const ids = { url: useId(), urlHint: useId(), secret: useId(), secretHint: useId() };
  const [url, setUrl] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [ownSecret, setOwnSecret] = useState('');
  const [problem, setProblem] = useState<MutationProblem | string | null>(null);
  const [added, setAdded] = useState<{ url: string; secret: string } | null>(null);
  const [add, { loading }] = useMutation(ADD_WEBHOOK_MUTATION, { refetchQueries: [WEBHOOKS_QUERY], awaitRefetchQueries: true });

  function toggle(event: string): void {
    setChosen((current) => (current.includes(event) ? current.filter((e) => e !== event) : [...current, event]));
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    setAdded(null);
    if (!url.trim()) return setProblem('Give the receiver’s URL.');
    if (chosen.length === 0) return setProblem('Choose at least one event.');
    setProblem(null);
    try {
      const result = await add({
        variables: {
          input: { url: url.trim(), events: events.filter((e) => chosen.includes(e)), signingSecret: ownSecret.trim() || null },
        },
      });
      const answer = result.data?.addWebhook;
      if (answer) {
        setAdded({ url: answer.endpoint.url, secret: answer.signingSecret });
        setUrl('');
        setChosen([]);
        setOwnSecret('');
      }
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  }

  return (
    <form className="import-form" aria-label="Add webhook" onSubmit={(event) => void submit(event)} aria-busy={loading} noValidate>
      <div className="field">
        <label htmlFor={ids.url}>Receiver URL</label>
        <input
          id={ids.url}
          type="url"
          value={url}
          placeholder="https://hooks.example.com/attest"
          aria-describedby={ids.urlHint}
          disabled={loading}
          onChange={(event) => setUrl(event.target.value)}
        />
        <p className="field-hint" id={ids.urlHint}>
          https only (http to localhost). Each request is signed: X-Attest-Signature is the HMAC-SHA256 of the timestamp and body.
        </p>
      </div>
      <fieldset disabled={loading}>
        <legend>Events</legend>
        {events.map((event) => (
          <label key={event}>
            <input type="checkbox" checked={chosen.includes(event)} onChange={() => toggle(event)} />
            {event}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.secret}>Signing secret (optional)</label>
        <input
          id={ids.secret}
          type="password"
          autoComplete="off"
          value={ownSecret}
          aria-describedby={ids.secretHint}
          disabled={loading}
          onChange={(event) => setOwnSecret(event.target.value)}
        />
        <p className="field-hint" id={ids.secretHint}>
          Leave empty and Attest generates one, shown once. Give one only if the receiver already has its own.
        </p>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          Not added. {typeof problem === 'string' ? problem : problem.message}
        </p>
      ) : null}
      {added ? (
        <div className="callout" role="status">
          <p>
            Added {added.url}. Its signing secret, shown this once (keep it with the receiver): <code>{added.secret}</code>
          </p>
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add webhook'}
        </button>
      </div>
    </form>
  );
}
