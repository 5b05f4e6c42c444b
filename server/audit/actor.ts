import { userInfo } from 'node:os';
import type { Viewer } from '../auth/viewer.js';

/** Who did something, as written into the audit log. */
export interface Actor {
  /** A user id, or "cli:<os user>" for the command line, or "system" for scheduled work. */
  id: string;
  name: string;
  /** The user's role, "cli" or "system". */
  role: string;
}

export function actorOf(viewer: Viewer): Actor {
  return { id: viewer.userId, name: viewer.displayName || viewer.email, role: viewer.role };
}

export function cliActor(): Actor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (some containers): keep "unknown"
  }
  return { id: `cli:${name}`, name: `${name} (command line)`, role: 'cli' };
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'Attest', role: 'system' };
