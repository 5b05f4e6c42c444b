import { useState } from 'react';
import { formatCount } from './format.js';

interface LoadMoreProps {
  shown: number;
  total: number;
  /** Plural noun for the count line: "people", "findings". */
  noun: string;
  hasNextPage: boolean;
  onLoadMore: () => Promise<unknown>;
  /** The button's text (default "Load more"). */
  label?: string;
}

/** "Showing 25 of 1,204 people" and a button that fetches the next page by cursor. */
export function LoadMore({ shown, total, noun, hasNextPage, onLoadMore, label = 'Load more' }: LoadMoreProps) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  async function loadMore(): Promise<void> {
    setPending(true);
    setFailed(false);
    try {
      await onLoadMore();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="load-more">
      <p aria-live="polite">
        Showing {formatCount(shown)} of {formatCount(total)} {noun}
      </p>
      {hasNextPage ? (
        <button type="button" onClick={() => void loadMore()} disabled={pending} aria-busy={pending}>
          {pending ? 'Loading…' : label}
        </button>
      ) : null}
      {failed ? (
        <p className="error-text" role="alert">
          The next page could not be loaded. Try again.
        </p>
      ) : null}
    </div>
  );
}
