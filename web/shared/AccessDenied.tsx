import { Link } from 'react-router';
import { useSession } from '../features/auth/auth.js';
import { navItemsFor, navLabelOf, ROLE_LABELS } from './nav.js';
import { usePageTitle } from './usePageTitle.js';

/**
 * A signed-in user opened a page their role does not include: say so, and offer the pages the role
 * does include. Nothing to retry: asking again would be refused again.
 */
export function AccessDeniedPage({ pathname }: { pathname: string }) {
  const session = useSession();
  const page = navLabelOf(pathname);
  usePageTitle('Not available to your role');
  return (
    <>
      <h1>Not available to your role</h1>
      <p>
        {session ? `The ${ROLE_LABELS[session.user.role]} role` : 'Your role'} does not include{' '}
        {page ? <strong>{page}</strong> : 'this page'}. An admin can change your role if you need it.
      </p>
      <PagesYouCanOpen />
    </>
  );
}

/** Links to every page the signed-in user's role includes; nothing without a session. */
export function PagesYouCanOpen() {
  const session = useSession();
  if (!session) return null;
  const items = navItemsFor(session);
  return (
    <nav aria-label="Pages your role can open">
      <p>Your role can open:</p>
      <ul className="inline-list">
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
