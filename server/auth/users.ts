import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import type { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/audit-log.js';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { hashPassword, passwordProblem } from './passwords.js';
import * as q from './users.queries.js';
import { isRole, ROLES, type Role } from './viewer.js';

/** A user change that cannot be made as asked; the message says what and why. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A dashboard user as an admin sees it: never the password hash. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** False for a user who signs in only through single sign-on. */
  hasPassword: boolean;
  createdAt: string | null;
  disabledAt: string | null;
  /** The HR person with the same email, when there is one. */
  personId: string | null;
}

export interface NewUser {
  email: string;
  role: string;
  displayName?: string;
  /** Null: the user signs in through single sign-on only. */
  password: string | null;
}

/** USER_FIELDS; the role is checked by toUser, so an unknown one is reported as a role. */
const userRow = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string().nullable(),
  role: z.string(),
  hasPassword: z.boolean(),
  createdAt: z.string().nullable(),
  disabledAt: z.string().nullable(),
  personId: z.string().nullable(),
});
const changedUserRow = z.object({ id: z.string() });
const roleChangeRow = z.object({ id: z.string(), before: z.string().nullable() });
const disableRow = z.object({ id: z.string(), wasDisabled: z.boolean() });

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Emails are kept lower-cased, as HR emails are, so a user matches their person whatever the case typed. */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new UserError(`"${raw}" is not an email address`);
  return email;
}

export function parseRole(raw: string): Role {
  const role = raw.trim().toLowerCase();
  if (!isRole(role)) throw new UserError(`unknown role "${raw}" (roles: ${ROLES.join(', ')})`);
  return role;
}

export async function addUser(graph: Graph, input: NewUser, actor: Actor, at: Date): Promise<User> {
  const email = normalizeEmail(input.email);
  const role = parseRole(input.role);
  const passwordHash = input.password === null ? null : await hashOrRefuse(input.password);
  return graph.executeWrite(
    (tx) => insertUser(tx, { email, role, displayName: input.displayName?.trim() || null, passwordHash }, actor, at),
    'user-add',
  );
}

/** Creates a user inside the caller's transaction (with its audit event); refuses a taken email and a manager nobody in HR is. */
export async function insertUser(
  tx: ManagedTransaction,
  user: { email: string; role: Role; displayName: string | null; passwordHash: string | null },
  actor: Actor,
  at: Date,
): Promise<User> {
  if ((await tx.run(q.FIND_USER_ID_BY_EMAIL, { email: user.email })).records.length > 0) {
    throw new UserError(`a user with the email ${user.email} already exists`);
  }
  if (user.role === 'manager') await requirePerson(tx, user.email);
  const [row] = decodeRows(userRow, rowsOf(await tx.run(q.CREATE_USER, { id: randomUUID(), ...user, now: at.toISOString() })), 'user-add');
  const created = toUser(row);
  await appendAudit(
    tx,
    actor,
    {
      action: 'user.add',
      targetType: 'User',
      targetId: created.id,
      after: {
        email: created.email,
        role: created.role,
        displayName: created.displayName,
        signsInWith: user.passwordHash ? 'password' : 'sso',
      },
    },
    at,
  );
  return created;
}

export async function listUsers(graph: Graph): Promise<User[]> {
  return (await readRows(graph, q.LIST_USERS, {}, userRow, 'user-list')).map(toUser);
}

export async function readUser(graph: Graph, rawEmail: string): Promise<User | null> {
  const [row] = await readRows(graph, q.READ_USER, { email: normalizeEmail(rawEmail) }, userRow, 'user-read');
  return row ? toUser(row) : null;
}

export async function setUserRole(graph: Graph, rawEmail: string, rawRole: string, actor: Actor, at: Date): Promise<User> {
  const email = normalizeEmail(rawEmail);
  const role = parseRole(rawRole);
  return graph.executeWrite(async (tx) => {
    if (role === 'manager') await requirePerson(tx, email);
    const [row] = decodeRows(roleChangeRow, rowsOf(await tx.run(q.SET_ROLE, { email, role })), 'user-set-role');
    if (!row) throw noSuchUser(email);
    await appendAudit(
      tx,
      actor,
      { action: 'user.set_role', targetType: 'User', targetId: row.id, before: { role: row.before }, after: { role } },
      at,
    );
    return readUserInTx(tx, email);
  }, 'user-set-role');
}

/** The user can no longer sign in, and every session of theirs ends now. */
export async function disableUser(graph: Graph, rawEmail: string, actor: Actor, at: Date): Promise<User> {
  const email = normalizeEmail(rawEmail);
  return graph.executeWrite(async (tx) => {
    const [row] = decodeRows(disableRow, rowsOf(await tx.run(q.DISABLE_USER, { email, now: at.toISOString() })), 'user-disable');
    if (!row) throw noSuchUser(email);
    if (!row.wasDisabled) await appendAudit(tx, actor, { action: 'user.disable', targetType: 'User', targetId: row.id }, at);
    return readUserInTx(tx, email);
  }, 'user-disable');
}

/** Sets a new password and ends the user's sessions. */
export async function setUserPassword(graph: Graph, rawEmail: string, password: string, actor: Actor, at: Date): Promise<User> {
  const email = normalizeEmail(rawEmail);
  const passwordHash = await hashOrRefuse(password);
  return graph.executeWrite(async (tx) => {
    const [row] = decodeRows(changedUserRow, rowsOf(await tx.run(q.SET_PASSWORD, { email, passwordHash })), 'user-set-password');
    if (!row) throw noSuchUser(email);
    await appendAudit(tx, actor, { action: 'user.set_password', targetType: 'User', targetId: row.id }, at);
    return readUserInTx(tx, email);
  }, 'user-set-password');
}

/** The user just changed, as the same transaction sees it. */
async function readUserInTx(tx: ManagedTransaction, email: string): Promise<User> {
  return toUser(decodeRows(userRow, rowsOf(await tx.run(q.READ_USER, { email })), 'user-read')[0]);
}

async function hashOrRefuse(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new UserError(problem);
  return hashPassword(password);
}

async function requirePerson(tx: ManagedTransaction, email: string): Promise<void> {
  if ((await tx.run(q.FIND_PERSON_BY_EMAIL, { email })).records.length === 0) {
    throw new UserError(`a manager sees the people who report to them, so they must be in HR: nobody in HR has the email ${email}`);
  }
}

function noSuchUser(email: string): UserError {
  return new UserError(`no user has the email ${email} (attest user list shows them)`);
}

function toUser(row: z.output<typeof userRow> | undefined): User {
  if (!row) throw new Error('the user was not found after writing it');
  const { role } = row;
  if (!isRole(role)) throw new Error(`user ${row.email} has an unknown role "${role}"`);
  return { ...row, displayName: row.displayName ?? row.email, role };
}
