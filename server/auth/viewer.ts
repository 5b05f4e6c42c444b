/** What a signed-in user may do; see DESIGN.md "Security". */
export const ROLES = ['admin', 'finance', 'auditor', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user behind one request. */
export interface Viewer {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** The HR person this user is (matched by email), when there is one; managers always have one. */
  personId: string | null;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Attest itself, for work the server or the command line does outside any request (snapshots, CLI reports). */
export const SYSTEM_VIEWER: Viewer = { userId: 'system', email: '', displayName: 'Attest', role: 'admin', personId: null };
