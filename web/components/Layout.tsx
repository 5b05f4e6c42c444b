import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from './Loading.js';

const NAV_ITEMS = [
  { to: '/', label: 'Overview', end: true },
  { to: '/findings', label: 'Findings', end: false },
  { to: '/apps', label: 'Apps', end: false },
  { to: '/people', label: 'People', end: false },
  { to: '/sources', label: 'Sources', end: false },
] as const;

export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

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
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
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
