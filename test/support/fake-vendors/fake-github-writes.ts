/**
 * The removals a fake GitHub answers for "apply": DELETE /orgs/{org}/memberships/{username} and
 * DELETE /orgs/{org}/outside_collaborators/{username}, 204 with no body as GitHub documents, and
 * the member gone from the listings the next sync reads. A login in `refuse` is answered with
 * GitHub's basic-error shape (403 when the token is not an owner's).
 * https://docs.github.com/rest/orgs/members#remove-organization-membership-for-a-user
 */
import type { GitHubOrg } from './fake-github.js';

export interface GitHubWrites {
  /** "DELETE /orgs/acme/memberships/priya-dev 204", in order. */
  log: string[];
  /** Logins whose removal GitHub refuses, with the status. */
  refuse: Map<string, number>;
}

const DOCS = 'https://docs.github.com/rest/orgs/members#remove-organization-membership-for-a-user';

export function answerGitHubWrite(
  method: string,
  path: string,
  org: GitHubOrg,
  writes: GitHubWrites,
): { status: number; body: unknown } | null {
  if (method !== 'DELETE') return null;
  const match = /^\/orgs\/([^/]+)\/(memberships|outside_collaborators)\/([^/]+)$/.exec(path);
  const answer = (status: number, body: unknown): { status: number; body: unknown } => {
    writes.log.push(`${method} ${path} ${status}`);
    return { status, body };
  };
  if (!match || match[1]?.toLowerCase() !== org.login.toLowerCase())
    return answer(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  const login = decodeURIComponent(match[3] ?? '');
  const refused = writes.refuse.get(login);
  if (refused)
    return answer(refused, {
      message: 'You must be an organization owner to remove members.',
      documentation_url: DOCS,
      status: String(refused),
    });
  // Removing a membership also cancels a pending invitation, as GitHub documents.
  const lists = match[2] === 'memberships' ? [org.members, org.admins, org.invitations] : [org.outsideCollaborators];
  const found = lists.some((list) => list.some((m) => m.login === login));
  if (!found) return answer(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
  for (const list of lists) list.splice(0, list.length, ...list.filter((m) => m.login !== login));
  return answer(204, null);
}
