import { useCallback, useState } from 'react';

const NONE: ReadonlySet<string> = new Set();

/** Selected ids; a new `resetKey` (a new filter) starts a new selection, since what was picked may no longer be shown. */
export function useSelection(resetKey: string) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(NONE);
  const [selectedUnder, setSelectedUnder] = useState(resetKey);
  // Reset while rendering, not in an effect, so the new filter never renders with the old selection.
  if (selectedUnder !== resetKey) {
    setSelectedUnder(resetKey);
    setSelected(NONE);
  }
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
