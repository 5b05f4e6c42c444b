import { Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { signOut, useSession } from '../features/auth/auth.js';
import { AccessDeniedPage } from './AccessDenied.js';
import { Loading } from './Loading.js';
import { mayOpen, navItemsFor, ROLE_LABELS } from './nav.js';

export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);
  const session = useSession();
  const navItems = navItemsFor(session);
  const menuId = useId();
  // On a narrow screen the links fold behind a Menu button (styles.css hides the button on wide ones).
  const [menuOpen, setMenuOpen] = useState(false);

  // After client-side navigation, put keyboard and screen-reader focus at the new page's start.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent<HTMLElement>): void {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButtonRef.current?.focus();
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {/* The nav stretches to the page's full height (its background with it); its content sticks to the viewport. */}
      <nav className="sidebar" aria-label="Main" onKeyDown={closeOnEscape}>
        <div className="sidebar-inner">
          <p className="brand">Attest</p>
          <button
            ref={menuButtonRef}
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-icon" aria-hidden="true" />
            Menu
          </button>
          <div id={menuId} className={menuOpen ? 'nav-menu is-open' : 'nav-menu'}>
            <ul>
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} onClick={() => setMenuOpen(false)}>
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
        </div>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<Loading label="page" />}>
          {mayOpen(session, pathname) ? <Outlet /> : <AccessDeniedPage pathname={pathname} />}
        </Suspense>
      </main>
    </div>
  );
}
