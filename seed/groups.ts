/**
 * Okta groups: "Everyone", one per department, and one per app whose plan has SSO, assigned to
 * that app, holding the identities that sign in to it. Deprovisioned identities are in no group.
 */
import type { GroupRecord } from './org.types.js';
import type { GenContext } from './state.js';

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function buildGroups(ctx: GenContext): GroupRecord[] {
  const inGroups = ctx.persons.filter((p) => p.identity !== null && p.identity.status !== 'deprovisioned');
  const groups: GroupRecord[] = [
    { id: 'grp-everyone', name: 'Everyone', memberIdentityIds: inGroups.map((p) => p.identity?.id ?? ''), appIds: [] },
  ];
  const departments = [...new Set(ctx.persons.map((p) => p.department))].sort();
  for (const department of departments) {
    groups.push({
      id: `grp-dept-${slug(department)}`,
      name: `Dept - ${department}`,
      memberIdentityIds: inGroups.filter((p) => p.department === department).map((p) => p.identity?.id ?? ''),
      appIds: [],
    });
  }
  const identityByLogin = new Map(inGroups.map((p) => [p.identity?.login ?? '', p.identity?.id ?? '']));
  for (const app of ctx.apps) {
    if (!app.plan.ssoAvailable) continue;
    const members = new Set<string>();
    for (const account of app.accounts) {
      const login = account.record.identityLogin;
      if (login === null || account.record.removedAt !== null || account.record.status === 'deactivated') continue;
      const id = identityByLogin.get(login);
      if (id) members.add(id);
    }
    groups.push({
      id: `grp-app-${app.spec.slug}`,
      name: `App - ${app.record.name}`,
      memberIdentityIds: [...members].sort(),
      appIds: [app.record.id],
    });
  }
  return groups;
}
