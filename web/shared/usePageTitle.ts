import { useEffect } from 'react';

/** Sets the browser tab title to "<page> · Attest". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Attest`;
  }, [title]);
}
