import type { Session, UserRole } from '../features/auth/auth.js';

export interface NavItem {
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
const LEAVERS: NavItem = { to: '/leavers', label: 'Leavers', end: false };
const WEBHOOKS: NavItem = { to: '/webhooks', label: 'Webhooks', end: false };

/** What each role may open (the API enforces the same rules); a manager sees only their own team. */
const NAV_BY_ROLE: Record<UserRole, readonly NavItem[]> = {
  admin: [
    OVERVIEW,
    FINDINGS,
    APPS,
    ROLES_AND_SEATS,
    PEOPLE,
    LEAVERS,
    OWNERSHIP_QUEUE,
    SOURCES,
    REVIEWS,
    MY_REVIEWS,
    MY_TEAM,
    AUDIT,
    WEBHOOKS,
  ],
  finance: [OVERVIEW, FINDINGS, APPS, ROLES_AND_SEATS, PEOPLE, SOURCES],
  auditor: [OVERVIEW, FINDINGS, APPS, ROLES_AND_SEATS, PEOPLE, LEAVERS, SOURCES, REVIEWS, AUDIT],
  manager: [MY_TEAM, MY_REVIEWS, FINDINGS, PEOPLE],
};

const EVERY_ITEM: readonly NavItem[] = NAV_BY_ROLE.admin;

export const ROLE_LABELS: Record<UserRole, string> = { admin: 'Admin', finance: 'Finance', auditor: 'Auditor', manager: 'Manager' };

/**
 * The pages a session may open. "My reviews" and "My team" are about the user's own HR person, so a
 * user who is nobody in HR has neither. Without a session (component tests) every page is offered.
 */
export function navItemsFor(session: Session | null): readonly NavItem[] {
  if (!session) return EVERY_ITEM;
  return NAV_BY_ROLE[session.user.role].filter((item) => session.user.personId !== null || (item !== MY_REVIEWS && item !== MY_TEAM));
}

/**
 * The page of the navigation a path belongs to (`/apps/x` to Apps), or null for a path outside it
 * (an unknown address, which is "not found" rather than "not allowed").
 */
function navItemOf(pathname: string): NavItem | null {
  const section = `/${pathname.split('/').filter(Boolean)[0] ?? ''}`;
  return EVERY_ITEM.find((item) => item.to === section) ?? null;
}

/**
 * False only for a page of the navigation the session's role does not include. The home page is
 * left to its route (it sends a manager to their team).
 */
export function mayOpen(session: Session | null, pathname: string): boolean {
  const item = navItemOf(pathname);
  return !session || item === null || item === OVERVIEW || NAV_BY_ROLE[session.user.role].includes(item);
}

/** The page's name in the navigation ("Audit log"), for saying which page was refused. */
export function navLabelOf(pathname: string): string | null {
  return navItemOf(pathname)?.label ?? null;
}
