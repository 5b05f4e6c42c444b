/** An integration's OAuth scopes, one per line, or a muted "None listed". */
export function ScopeList({ scopes }: { scopes: readonly string[] }) {
  if (scopes.length === 0) return <span className="muted">None listed</span>;
  return (
    <ul className="scope-list">
      {scopes.map((scope) => (
        <li key={scope}>
          <code>{scope}</code>
        </li>
      ))}
    </ul>
  );
}
