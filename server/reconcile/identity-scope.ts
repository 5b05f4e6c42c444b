import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { appsScope, type ChangeScope } from '../shared/change-scope.js';
import { APPS_OF_IDENTITIES } from './identity-scope.queries.js';

const appRow = z.object({ appId: z.string() });

/**
 * The scope with the apps its identities reach added: an identity's owner decides, through sign-in,
 * who owns accounts in the apps it is assigned to, and their findings. Read before reconciling, so
 * an app an identity no longer signs in to is redone too.
 */
export async function withAppsOfIdentities(graph: Graph, scope: ChangeScope): Promise<ChangeScope> {
  if (scope.kind === 'everything' || !scope.identityIds?.length) return scope;
  const rows = await readRows(graph, APPS_OF_IDENTITIES, { identityIds: scope.identityIds }, appRow, 'identity-scope');
  return appsScope([...scope.appIds, ...rows.map((row) => row.appId)], scope.identityIds);
}
