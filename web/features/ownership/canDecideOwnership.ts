import { useSession } from '../auth/auth.js';

/** The server lets only admins decide whose an account is; the other roles read. Without a session (component tests) it is offered. */
export function useCanDecideOwnership(): boolean {
  const session = useSession();
  return !session || session.user.role === 'admin';
}
