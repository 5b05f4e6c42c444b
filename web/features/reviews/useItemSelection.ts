import { useCallback, useEffect, useState } from 'react';

/** Selected item ids; a new filter (`resetKey`) starts a new selection, since what was picked may no longer be shown. */
export function useItemSelection(resetKey: string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setSelected(new Set()), [resetKey]);
  const toggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);
  return { selected, setSelected, toggle };
}
