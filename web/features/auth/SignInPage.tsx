import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { afterSignInPath, loadSsoEnabled, signInWithPassword, ssoSignInHref } from './auth.js';
import { usePageTitle } from '../../shared/usePageTitle.js';

/** Email and password, or the identity provider when single sign-on is on. */
export function SignInPage() {
  usePageTitle('Sign in');
  const { search } = useLocation();
  const ids = { email: useId(), password: useId(), error: useId() };
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sso, setSso] = useState(false);

  useEffect(() => {
    let live = true;
    void loadSsoEnabled().then((enabled) => {
      if (live) setSso(enabled);
    });
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and your password.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await signInWithPassword(email.trim(), password);
    if (result.ok) {
      // A full load: the dashboard starts again with this user's session and an empty cache.
      window.location.assign(afterSignInPath(search));
      return;
    }
    setBusy(false);
    setPassword('');
    setError(sentence(result.message));
  };

  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Attest</h1>
      <form className="import-form" onSubmit={(event) => void submit(event)} noValidate aria-describedby={error ? ids.error : undefined}>
        <div className="field">
          <label htmlFor={ids.email}>Email</label>
          <input
            id={ids.email}
            type="email"
            name="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined}
            required
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>Password</label>
          <input
            id={ids.password}
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined}
            required
          />
        </div>
        {error ? (
          <p className="field-error" id={ids.error} role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      {sso ? (
        <p>
          <a href={ssoSignInHref(search)}>Sign in with your identity provider (single sign-on)</a>
        </p>
      ) : null}
    </main>
  );
}

function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
