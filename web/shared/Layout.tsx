import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { signOut, useSession, type UserRole } from '../features/auth/auth.js';
import { Loading } from './Loading.js';

interface NavItem {
  to: string;
  label: string;
  end: boolean;
}

const OVERVIEW: NavItem = { to: '/', label: 'Overview', end: true };
const FINDINGS: NavItem = { to: '/findings', label: 'Findings', end: false };
const APPS: NavItem = { to: '/apps', label: 'Apps', end: false };
const ROLES_AND_SEATS: NavItem = { to: '/roles-and-seats', label: 'Roles and seats', end: false };
const PEOPLE: NavItem = { to: '/people', label: 'People', end: false };
const SOURCES: NavItem = { to: '/sources', label: 'Sources', end: false };
const REVIEWS: NavItem = { to: '/reviews', label: 'Access reviews', end: false };
const MY_REVIEWS: NavItem = { to: '/my-reviews', label: 'My reviews', end: false };
const MY_TEAM: NavItem = { to: '/team', label: 'My team', end: false };
const OWNERSHIP_QUEUE: NavItem = { to: '/ownership-queue', label: 'Ownership queue', end: false };
const AUDIT: NavItem = { to: '/audit', label: 'Audit log', end: false };

/** What each role may open (the API enforces the same rules); a manager sees only their own team. */
const NAV_BY_ROLE: Record<UserRole, readonly NavItem[]> = {
  admin: [OVERVIEW, FINDINGS, APPS, ROLES_AND_SEATS, PEOPLE, OWNERSHIP_QUEUE, SOURCES, REVIEWS, MY_REVIEWS, MY_TEAM, AUDIT],
  finance: [OVERVIEW, FINDINGS, APPS, ROLES_AND_SEATS, PEOPLE, SOURCES],
  auditor: [OVERVIEW, FINDINGS, APPS, ROLES_AND_SEATS, PEOPLE, SOURCES, REVIEWS, AUDIT],
  manager: [MY_TEAM, MY_REVIEWS, FINDINGS, PEOPLE],
};

/** Without a session (component tests) every page is offered. */
const ALL_NAV_ITEMS: readonly NavItem[] = NAV_BY_ROLE.admin;

const ROLE_LABELS: Record<UserRole, string> = { admin: 'Admin', finance: 'Finance', auditor: 'Auditor', manager: 'Manager' };

export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const session = useSession();
  // "My reviews" and "My team" are about the user's own HR person; a user who is nobody in HR has neither.
  const navItems = session
    ? NAV_BY_ROLE[session.user.role].filter((item) => session.user.personId !== null || (item !== MY_REVIEWS && item !== MY_TEAM))
    : ALL_NAV_ITEMS;

  // After client-side navigation, put keyboard and screen-reader focus at the new page's start.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {/* The nav stretches to the page's full height (its background with it); its content sticks to the viewport. */}
      <nav className="sidebar" aria-label="Main">
        <div className="sidebar-inner">
          <p className="brand">Attest</p>
          <ul>
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
          {session ? (
            <div className="signed-in-as">
              <p>
                {session.user.displayName}
                <br />
                <span className="field-hint">{ROLE_LABELS[session.user.role]}</span>
              </p>
              <button type="button" onClick={() => void signOut()}>
                Sign out
              </button>
            </div>
          ) : null}
        </div>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<Loading label="page" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
