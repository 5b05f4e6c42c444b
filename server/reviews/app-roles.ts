import { z } from 'zod';
import { readRows } from '../graph/decode.js';
import type { Graph } from '../graph/graph.js';
import { APP_ROLES } from './item-read.queries.js';

const roleRow = z.object({ name: z.string(), privilege: z.string() });
type AppRoleChoice = z.output<typeof roleRow>;

/** The roles of an app as the latest import left them: what a modify decision may change an account to. */
export function appRolesOf(graph: Graph, appId: string): Promise<AppRoleChoice[]> {
  return readRows(graph, APP_ROLES, { appId }, roleRow, 'review-app-roles');
}
