import { useCallback } from 'react';
import type { SetURLSearchParams } from 'react-router';

/**
 * Sets one URL parameter (dropped when blank) in place, keeping the others: a search box's text kept
 * in the URL, so a searched list can be shared like any other filter.
 */
export function useSearchParamSetter(setParams: SetURLSearchParams, name: string): (value: string) => void {
  return useCallback(
    (value: string) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value.trim()) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
    },
    [setParams, name],
  );
}
