/**
 * GitHub: a member leaves the organization (DELETE /orgs/{org}/memberships/{username}: also ends
 * an owner's membership and cancels a pending one), an outside collaborator loses access to every
 * repository of the organization (DELETE /orgs/{org}/outside_collaborators/{username}). Both answer
 * 204. Needs an owner's token with admin:org (fine-grained: organization Members, write).
 * https://docs.github.com/rest/orgs/members#remove-organization-membership-for-a-user
 * https://docs.github.com/rest/orgs/outside-collaborators#remove-outside-collaborator-from-an-organization
 */
import { refusal, type Deprovisioner, type DeprovisionTarget } from './deprovisioner.js';

const OUTSIDE_COLLABORATOR = 'Outside collaborator';
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

function loginOf(target: DeprovisionTarget): string | null {
  return target.username && LOGIN.test(target.username) ? target.username : null;
}

function pathOf(target: DeprovisionTarget, org: string, login: string): { path: string; what: string } {
  const orgPart = encodeURIComponent(org);
  return target.roles.includes(OUTSIDE_COLLABORATOR)
    ? { path: `/orgs/${orgPart}/outside_collaborators/${login}`, what: `remove the outside collaborator ${login} from ${org}` }
    : { path: `/orgs/${orgPart}/memberships/${login}`, what: `remove ${login} from the GitHub organization ${org}` };
}

export const githubDeprovisioner: Deprovisioner = {
  describe(target, org) {
    const login = loginOf(target);
    return org && login ? pathOf(target, org, login).what : null;
  },
  async apply(target, context) {
    const login = loginOf(target);
    if (!context.org || !login) return { ok: false, status: null, outcome: 'no GitHub login or organization to remove it from' };
    const { path, what } = pathOf(target, context.org, login);
    const answer = await context.send('DELETE', path);
    if (answer.status === 204) return { ok: true, status: 204, outcome: `GitHub accepted: ${what}` };
    return refusal('GitHub', answer);
  },
};
