import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { actorOf } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import * as q from './sessions.queries.js';
import { isRole, type Viewer } from './viewer.js';

/** A session ends 7 days after sign-in, however active. */
export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60_000;
const DEFAULT_IDLE_MINUTES = 8 * 60;
/** lastSeenAt is written at most once a minute, so browsing does not turn every request into a write. */
const TOUCH_INTERVAL_MS = 60_000;
/** 32 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A session as the request that carries its cookie sees it. */
export interface ActiveSession {
  id: string;
  viewer: Viewer;
  /** Must come back in the x-csrf-token header (or a form's _csrf field) of every change. */
  csrfToken: string;
  expiresAt: Date;
}

/** A session just started: `token` goes into the cookie and is never stored. */
export interface StartedSession extends ActiveSession {
  token: string;
}

/** How long a session may sit unused: ATTEST_SESSION_IDLE_MINUTES, 8 hours by default. */
export function sessionIdleMs(): number {
  const raw = process.env.ATTEST_SESSION_IDLE_MINUTES;
  if (raw === undefined || raw === '') return DEFAULT_IDLE_MINUTES * 60_000;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 1)
    throw new Error(`ATTEST_SESSION_IDLE_MINUTES="${raw}" must be a whole number of minutes, at least 1`);
  return minutes * 60_000;
}

/** READ_SESSION_VIEWER, and the user half of FIND_SESSION: all null when the session's user is gone. */
const viewerColumns = {
  userId: z.string().nullable(),
  email: z.string().nullable(),
  displayName: z.string().nullable(),
  role: z.string().nullable(),
  disabledAt: z.string().nullable(),
  personId: z.string().nullable(),
};
const viewerRow = z.object(viewerColumns);
const sessionRow = z.object({
  id: z.string(),
  tokenHash: z.string(),
  csrfToken: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  ...viewerColumns,
});
type ViewerRow = z.output<typeof viewerRow>;

function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Starts a session for a user inside the caller's transaction, with its audit event; expired sessions are swept. */
export async function startSessionInTx(
  tx: ManagedTransaction,
  userId: string,
  method: 'password' | 'sso',
  at: Date,
): Promise<StartedSession> {
  await tx.run(q.DELETE_EXPIRED_SESSIONS, { now: at.toISOString(), idleSince: new Date(at.getTime() - sessionIdleMs()).toISOString() });
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(at.getTime() + SESSION_LIFETIME_MS);
  await tx.run(q.CREATE_SESSION, {
    id,
    tokenHash: hashSessionToken(token),
    userId,
    csrfToken,
    now: at.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  const [userRow] = decodeRows(viewerRow, rowsOf(await tx.run(q.READ_SESSION_VIEWER, { userId })), 'session-viewer');
  const viewer = viewerOf(userRow);
  if (!viewer) throw new Error(`user ${userId} cannot start a session`);
  await appendAudit(
    tx,
    actorOf(viewer),
    { action: 'session.sign_in', targetType: 'User', targetId: viewer.userId, after: { method, sessionId: id } },
    at,
  );
  return { id, viewer, csrfToken, expiresAt, token };
}

/**
 * The live session a cookie token stands for, or null. A session past its absolute expiry or idle
 * too long, or whose user is disabled or gone, is deleted and refused.
 */
export async function resolveSession(graph: Graph, token: string, at: Date): Promise<ActiveSession | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashSessionToken(token);
  const [row] = await readRows(graph, q.FIND_SESSION, { tokenHash }, sessionRow, 'session-find');
  if (!row || !sameHash(row.tokenHash, tokenHash)) return null;
  const id = row.id;
  const lastSeenAt = Date.parse(row.lastSeenAt);
  const expiresAt = new Date(row.expiresAt);
  const viewer = viewerOf(row);
  const expired = at.getTime() >= expiresAt.getTime() || at.getTime() - lastSeenAt >= sessionIdleMs();
  if (expired || !viewer) {
    await graph.write(q.DELETE_SESSION, { id }, 'session-expire');
    return null;
  }
  if (at.getTime() - lastSeenAt >= TOUCH_INTERVAL_MS) await graph.write(q.TOUCH_SESSION, { id, now: at.toISOString() }, 'session-touch');
  return { id, viewer, csrfToken: row.csrfToken, expiresAt };
}

/** Signs out: deletes the session (with an audit event). */
export async function endSession(graph: Graph, session: ActiveSession, at: Date): Promise<void> {
  await graph.executeWrite(async (tx) => {
    await tx.run(q.DELETE_SESSION, { id: session.id });
    await appendAudit(
      tx,
      actorOf(session.viewer),
      { action: 'session.sign_out', targetType: 'User', targetId: session.viewer.userId, after: { sessionId: session.id } },
      at,
    );
  }, 'session-end');
}

/** Compares a presented CSRF token with the session's in constant time. */
export function csrfTokenMatches(session: ActiveSession, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(session.csrfToken, 'utf8');
  const given = Buffer.from(presented, 'utf8');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function sameHash(stored: string, computed: string): boolean {
  if (stored.length !== computed.length) return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(computed, 'hex'));
}

/** The viewer of a user row; null when the user is gone, disabled or has no known role. */
function viewerOf(row: ViewerRow | undefined): Viewer | null {
  if (!row || row.userId === null || row.email === null || row.disabledAt !== null) return null;
  if (!isRole(row.role)) return null;
  return { userId: row.userId, email: row.email, displayName: row.displayName ?? row.email, role: row.role, personId: row.personId };
}
