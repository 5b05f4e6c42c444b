import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { ConnectorKindsQuery } from '../../graphql/graphql.js';
import { mutationProblem, type MutationProblem } from '../reviews/mutationProblem.js';
import { ADD_CONNECTION_MUTATION, CONNECTIONS_QUERY, DEFAULT_SCHEDULE_MINUTES, SCHEDULE_CHOICES } from './connections.queries.js';

type Kind = ConnectorKindsQuery['connectorKinds'][number];

interface AddConnectionFormProps {
  kinds: readonly Kind[];
  /** Called with the new connection's name once the list shows it. */
  onAdded: (name: string) => void;
}

/**
 * Stores a connection to a vendor API. The credential field is a password field, sent once and
 * never shown again: the server keeps it encrypted and answers without it.
 */
export function AddConnectionForm({ kinds, onAdded }: AddConnectionFormProps) {
  const ids = {
    kind: useId(),
    name: useId(),
    org: useId(),
    url: useId(),
    urlHint: useId(),
    credential: useId(),
    credentialHint: useId(),
    schedule: useId(),
    error: useId(),
  };
  const [kind, setKind] = useState(kinds[0]?.kind ?? '');
  const chosen = kinds.find((k) => k.kind === kind);
  const [name, setName] = useState('');
  const [url, setUrl] = useState(chosen?.defaultUrl ?? '');
  const [org, setOrg] = useState('');
  const [credential, setCredential] = useState('');
  const [everyMinutes, setEveryMinutes] = useState(DEFAULT_SCHEDULE_MINUTES);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [add, { loading }] = useMutation(ADD_CONNECTION_MUTATION, { refetchQueries: [CONNECTIONS_QUERY], awaitRefetchQueries: true });

  function chooseKind(next: string): void {
    const previousDefault = chosen?.defaultUrl ?? '';
    setKind(next);
    // Prefill the vendor's public API unless someone typed their own address.
    if (url === previousDefault) setUrl(kinds.find((k) => k.kind === next)?.defaultUrl ?? '');
  }

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (loading) return;
    setProblem(null);
    try {
      const result = await add({
        variables: {
          input: {
            name: name.trim(),
            kind,
            baseUrl: url.trim() || null,
            org: chosen?.orgLabel ? org.trim() : null,
            everyMinutes,
            credential,
          },
        },
      });
      const added = result.data?.addConnection.name;
      if (added) {
        setName('');
        setCredential('');
        onAdded(added);
      }
    } catch (error) {
      setProblem(mutationProblem(error));
    }
  }

  return (
    <form
      className="import-form add-connection-form"
      aria-label="Add connection"
      onSubmit={(event) => void submit(event)}
      aria-busy={loading}
    >
      <div className="field">
        <label htmlFor={ids.kind}>Vendor</label>
        <select id={ids.kind} value={kind} disabled={loading} onChange={(event) => chooseKind(event.target.value)}>
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>Connection name</label>
        <input
          id={ids.name}
          value={name}
          required
          maxLength={64}
          pattern="[A-Za-z0-9][A-Za-z0-9._\-]*"
          placeholder={`${kind}-prod`}
          disabled={loading}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      {chosen?.orgLabel ? (
        <div className="field">
          <label htmlFor={ids.org}>{chosen.orgLabel}</label>
          <input id={ids.org} value={org} required maxLength={100} disabled={loading} onChange={(event) => setOrg(event.target.value)} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.url}>API URL</label>
        <input
          id={ids.url}
          type="url"
          value={url}
          required={!chosen?.defaultUrl}
          placeholder={chosen?.defaultUrl ?? 'https://example.okta.com'}
          aria-describedby={ids.urlHint}
          disabled={loading}
          onChange={(event) => setUrl(event.target.value)}
        />
        <p className="field-hint" id={ids.urlHint}>
          {chosen?.defaultUrl
            ? `${chosen.label}’s public API unless yours differs.`
            : `Your organization’s ${chosen?.label ?? ''} address.`}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.credential}>{chosen?.credentialLabel ?? 'API token'}</label>
        {chosen?.credentialMultiline ? (
          <textarea
            id={ids.credential}
            autoComplete="off"
            spellCheck={false}
            rows={6}
            value={credential}
            required
            aria-describedby={ids.credentialHint}
            disabled={loading}
            onChange={(event) => setCredential(event.target.value)}
          />
        ) : (
          <input
            id={ids.credential}
            type="password"
            autoComplete="off"
            value={credential}
            required
            aria-describedby={ids.credentialHint}
            disabled={loading}
            onChange={(event) => setCredential(event.target.value)}
          />
        )}
        <p className="field-hint" id={ids.credentialHint}>
          {chosen?.credentialHint ? `${chosen.credentialHint} ` : ''}Stored encrypted; never shown again.
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.schedule}>Sync schedule</label>
        <select id={ids.schedule} value={everyMinutes} disabled={loading} onChange={(event) => setEveryMinutes(Number(event.target.value))}>
          {SCHEDULE_CHOICES.map((choice) => (
            <option key={choice.minutes} value={choice.minutes}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      {problem ? (
        <p className="field-error" id={ids.error} role="alert">
          Not added. {problem.message}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add connection'}
        </button>
      </div>
    </form>
  );
}
