import { SYSTEM_ACTOR } from '../audit/actor.js';
import { passwordProblem } from '../auth/passwords.js';
import { addUser, readUser } from '../auth/users.js';
import type { Role } from '../auth/viewer.js';
import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { BUSIEST_MANAGER } from './demo-users.queries.js';

export const DEFAULT_DEMO_PASSWORD = 'attest-demo-password';

const managerRow = z.object({ email: z.string(), displayName: z.string(), reports: z.number() });

export interface DemoSignIn {
  email: string;
  role: Role;
  /** Who the user is, for the listing. */
  note: string;
  /** False when the user was already there and was left as it was. */
  created: boolean;
}

/**
 * One user per role for the demo organization only, all with ATTEST_DEMO_PASSWORD (or
 * "attest-demo-password"): admin@demo, finance@demo, auditor@demo, and the person who manages the
 * most people as a manager. Users already there are left alone.
 */
export async function ensureDemoUsers(graph: Graph, at: Date): Promise<DemoSignIn[]> {
  const password = process.env.ATTEST_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  const problem = passwordProblem(password);
  if (problem) throw new Error(`ATTEST_DEMO_PASSWORD: ${problem}`);
  const wanted: Omit<DemoSignIn, 'created'>[] = [
    { email: 'admin@demo', role: 'admin', note: 'everything' },
    { email: 'finance@demo', role: 'finance', note: 'seats, costs and findings' },
    { email: 'auditor@demo', role: 'auditor', note: 'read-only, evidence and audit log' },
  ];
  const [manager] = await readRows(graph, BUSIEST_MANAGER, {}, managerRow, 'demo-manager');
  if (manager) wanted.push({ email: manager.email, role: 'manager', note: `${manager.displayName}, ${manager.reports} direct reports` });
  const signIns: DemoSignIn[] = [];
  for (const user of wanted) {
    const exists = (await readUser(graph, user.email)) !== null;
    if (!exists)
      await addUser(
        graph,
        { email: user.email, role: user.role, password, displayName: user.role === 'manager' ? undefined : `Demo ${user.role}` },
        SYSTEM_ACTOR,
        at,
      );
    signIns.push({ ...user, created: !exists });
  }
  return signIns;
}

/** What `attest serve` prints after loading the demo: who to sign in as. */
export function describeDemoSignIns(signIns: DemoSignIn[]): string[] {
  const password = process.env.ATTEST_DEMO_PASSWORD ? 'the password in ATTEST_DEMO_PASSWORD' : `the password "${DEFAULT_DEMO_PASSWORD}"`;
  return [
    `Sign in to the demo with ${password} as:`,
    ...signIns.map((s) => `  ${s.email.padEnd(36)} ${s.role.padEnd(8)} ${s.note}${s.created ? '' : ' (already there, left as it was)'}`),
  ];
}
