import { z } from 'zod';
import { SYSTEM_ACTOR } from '../audit/actor.js';
import { decodeRows, readRows } from '../graph/decode.js';
import { rowsOf, type Graph } from '../graph/graph.js';
import { verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { startSessionInTx, type StartedSession } from './sessions.js';
import { FIND_PERSON_BY_EMAIL, FIND_SIGN_IN_USER, RELINK_PERSON } from './users.queries.js';
import { insertUser, normalizeEmail, UserError } from './users.js';

const signInUserRow = z.object({ id: z.string(), passwordHash: z.string().nullable(), disabledAt: z.string().nullable() });
const personByEmailRow = z.object({
  id: z.string(),
  displayName: z.string().nullable(),
  status: z.string().nullable(),
  hasReports: z.boolean(),
});

/**
 * Password sign-in. Null for a wrong password, an unknown email, a user without a password (single
 * sign-on only) or a disabled user alike, so the answer does not tell which emails have accounts;
 * an unknown email costs the time of a real password check too.
 */
export async function signInWithPassword(graph: Graph, rawEmail: string, password: string, at: Date): Promise<StartedSession | null> {
  let email: string;
  try {
    email = normalizeEmail(rawEmail);
  } catch {
    return verifyAgainstDecoy(password).then(() => null);
  }
  const [user] = await readRows(graph, FIND_SIGN_IN_USER, { email }, signInUserRow, 'sign-in-find');
  if (!user || user.passwordHash === null) return verifyAgainstDecoy(password).then(() => null);
  if (!(await verifyPassword(user.passwordHash, password)) || user.disabledAt !== null) return null;
  const userId = user.id;
  return graph.executeWrite(async (tx) => {
    await tx.run(RELINK_PERSON, { userId });
    return startSessionInTx(tx, userId, 'password', at);
  }, 'sign-in');
}

/** What the identity provider says about the person signing in (ID token or UserInfo claims). */
export interface IdpClaims {
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
}

export type SsoOutcome = { signedIn: StartedSession } | { refused: string };

/**
 * Single sign-on: the IdP's verified email names the user. A user an admin added (`attest user add
 * --sso`, or any user with that email) signs in; when there is none, an active HR person who
 * manages someone gets a manager user on the spot. Anyone else is refused, and told why.
 */
export async function signInWithSso(graph: Graph, claims: IdpClaims, at: Date): Promise<SsoOutcome> {
  if (typeof claims.email !== 'string' || claims.email === '') {
    return {
      refused:
        'The identity provider did not send an email address, so Attest cannot tell who you are. Ask your IdP admin to release the email claim to Attest.',
    };
  }
  if (claims.email_verified !== true) {
    return { refused: `The identity provider did not say that ${claims.email} is verified, so Attest will not sign you in with it.` };
  }
  let email: string;
  try {
    email = normalizeEmail(claims.email);
  } catch (error) {
    return { refused: error instanceof UserError ? `The identity provider sent ${error.message}.` : String(error) };
  }
  return graph.executeWrite(async (tx): Promise<SsoOutcome> => {
    const [user] = decodeRows(signInUserRow, rowsOf(await tx.run(FIND_SIGN_IN_USER, { email })), 'sign-in-sso-find');
    let userId: string;
    if (user) {
      if (user.disabledAt !== null)
        return { refused: `The Attest user ${email} is disabled. Ask an Attest admin if you need access again.` };
      userId = user.id;
    } else {
      const [person] = decodeRows(personByEmailRow, rowsOf(await tx.run(FIND_PERSON_BY_EMAIL, { email })), 'sign-in-sso-person');
      if (!person || person.status !== 'active' || !person.hasReports) {
        return {
          refused: `${email} has no Attest user. Ask an Attest admin to add you (attest user add --email ${email} --role <role> --sso); managers in HR with people reporting to them are let in automatically.`,
        };
      }
      const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : null;
      userId = (
        await insertUser(tx, { email, role: 'manager', displayName: person.displayName ?? name, passwordHash: null }, SYSTEM_ACTOR, at)
      ).id;
    }
    await tx.run(RELINK_PERSON, { userId });
    return { signedIn: await startSessionInTx(tx, userId, 'sso', at) };
  }, 'sign-in-sso');
}
