import { formatCount } from '../../shared/format.js';

interface AdminCountProps {
  effective: number;
  minimum: number;
}

/** "1 / 2" effective admins of the minimum, flagged in words as well as colour when short. */
export function AdminCount({ effective, minimum }: AdminCountProps) {
  const short = effective < minimum;
  return (
    <span className={short ? 'warn-text' : undefined}>
      {formatCount(effective)} / {formatCount(minimum)}
      {short ? <span className="badge tone-bad">{effective === 0 ? 'No admin' : 'Below minimum'}</span> : null}
    </span>
  );
}
