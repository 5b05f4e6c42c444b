import { useEffect, useId, useRef, useState } from 'react';

interface SearchBoxProps {
  label: string;
  /** The committed value (from the URL). */
  value: string;
  /** Called with the typed text once typing pauses for `delayMs`, or at once on Enter. */
  onSearch: (value: string) => void;
  placeholder?: string;
  delayMs?: number;
  /** The server rejects longer searches. */
  maxLength?: number;
}

export function SearchBox({ label, value, onSearch, placeholder, delayMs = 300, maxLength = 200 }: SearchBoxProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const lastSent = useRef(value);

  // The URL can change without typing (back button, a link): show what it now says.
  useEffect(() => {
    if (value !== lastSent.current) {
      lastSent.current = value;
      setDraft(value);
    }
  }, [value]);

  useEffect(() => {
    if (draft === lastSent.current) return undefined;
    const timer = setTimeout(() => {
      lastSent.current = draft;
      onSearch(draft);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs, onSearch]);

  return (
    <form
      role="search"
      className="search"
      onSubmit={(event) => {
        event.preventDefault();
        lastSent.current = draft;
        onSearch(draft);
      }}
    >
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={placeholder}
        maxLength={maxLength}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
      />
    </form>
  );
}
