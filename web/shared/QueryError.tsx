import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { ErrorLike } from '@apollo/client';
import { Link } from 'react-router';
import { PagesYouCanOpen } from './AccessDenied.js';

interface QueryErrorProps {
  error: ErrorLike;
  /** What was asked for, in words: "app", "person", "findings". */
  resource: string;
  onRetry: () => void;
  /** Where to go when the thing does not exist. */
  backTo?: { href: string; label: string };
}

function errorCode(error: ErrorLike): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

/**
 * Explains a failed query. Branches on the error class and `extensions.code`, never on message
 * text: NOT_FOUND means the thing is gone, so retrying would not help.
 */
export function QueryError({ error, resource, onRetry, backTo }: QueryErrorProps) {
  const code = errorCode(error);

  if (code === 'NOT_FOUND') {
    return (
      <div className="callout callout-error" role="alert">
        <p>
          <strong>This {resource} does not exist.</strong> It may have been removed in a later sync, or the link is wrong.
        </p>
        {backTo ? (
          <p>
            <Link to={backTo.href}>{backTo.label}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  // The role does not include this: asking again would be refused again, so no Retry.
  if (code === 'FORBIDDEN') {
    return (
      <div className="callout callout-error" role="alert">
        <p>
          <strong>Could not load {resource}.</strong> Your role does not give access to this {resource}.
        </p>
        <PagesYouCanOpen />
      </div>
    );
  }

  let message: string;
  if (code === 'BAD_USER_INPUT') {
    const detail = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
    message = `The server could not use this request${detail ? `: ${detail}` : '.'}`;
  } else if (code === 'UNAUTHENTICATED') {
    message = 'You are signed out. Sign in again to see this.';
  } else if (ServerError.is(error) || ServerParseError.is(error) || !CombinedGraphQLErrors.is(error)) {
    message = 'The Attest server could not be reached or sent a response it could not read.';
  } else {
    message = 'The server reported an error.';
  }

  return (
    <div className="callout callout-error" role="alert">
      <p>
        <strong>Could not load {resource}.</strong> {message}
      </p>
      <p>
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      </p>
    </div>
  );
}
