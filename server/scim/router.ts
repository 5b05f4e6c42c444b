import express, { Router, type Request, type Response } from 'express';
import { requireApiToken } from '../auth/bearer.js';
import type { Graph } from '../graph/graph.js';
import {
  findResourceType,
  findSchema,
  resourceTypeResource,
  resourceTypeResources,
  schemaResource,
  schemaResources,
  serviceProviderConfig,
} from './discovery.js';
import { ScimError, notFound } from './errors.js';
import { ScimGroupService } from './groups/group.service.js';
import { BODY_LIMIT, JSON_CONTENT_TYPES, baseUrlOf, denyUnauthorized, requireJsonBody, scimErrorHandler, send } from './http.js';
import { listResponse, parseListQuery, parseSelectionQuery, queryParam } from './list.js';
import { project } from './projection.js';
import { GROUP_TYPE, USER_TYPE } from './schema/resource-types.js';
import type { ProvisioningAction, ProvisioningResource } from './provisioning-sync.js';
import { ScimUserService } from './users/user.service.js';

const ACTION_OF: Record<string, ProvisioningAction> = { POST: 'added', PUT: 'updated', PATCH: 'updated', DELETE: 'removed' };

/** `id`: the SCIM id of the user or group changed (an identity's id for users), null when not known. */
export type ProvisionedListener = (action: ProvisioningAction, resource: ProvisioningResource, id: string | null) => void;

function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Where a POST handler leaves the id of what it created, for the listener. */
const CREATED_ID = 'scimCreatedId';

/**
 * The SCIM 2.0 service provider (RFC 7643 / 7644) for Okta and Entra ID provisioning, to mount at
 * /scim/v2. Every request needs an Attest API token of scope 'scim'. `onProvisioned` hears of every
 * change that succeeded, so reconciliation can follow the pushes.
 */
export function createScimRouter(graph: Graph, onProvisioned?: ProvisionedListener): Router {
  const router = Router();
  const users = new ScimUserService(graph);
  const groups = new ScimGroupService(graph);

  router.use(requireApiToken(graph, 'scim', denyUnauthorized));
  router.use((req: Request, res: Response, next) => {
    const action = ACTION_OF[req.method];
    const path = /^\/(Users|Groups)(?:\/([^/]+))?\/?$/.exec(req.path);
    const resource = path?.[1] as ProvisioningResource | undefined;
    if (onProvisioned && action && resource) {
      res.on('finish', () => {
        if (res.statusCode < 200 || res.statusCode >= 300) return;
        const created: unknown = res.locals[CREATED_ID];
        onProvisioned(action, resource, path?.[2] !== undefined ? decodedOrNull(path[2]) : typeof created === 'string' ? created : null);
      });
    }
    next();
  });
  router.use(express.json({ limit: BODY_LIMIT, type: JSON_CONTENT_TYPES }));

  router.get('/ServiceProviderConfig', (req: Request, res: Response) => {
    send(res, 200, serviceProviderConfig(baseUrlOf(req)));
  });
  router.get('/ResourceTypes', (req: Request, res: Response) => {
    const resources = resourceTypeResources(baseUrlOf(req));
    send(res, 200, listResponse(resources, resources.length, 1));
  });
  router.get('/ResourceTypes/:id', (req: Request<{ id: string }>, res: Response) => {
    const type = findResourceType(req.params.id);
    if (!type) throw notFound(`ResourceType "${req.params.id}" not found (there are User and Group)`);
    send(res, 200, resourceTypeResource(type, baseUrlOf(req)));
  });
  router.get('/Schemas', (req: Request, res: Response) => {
    const resources = schemaResources(baseUrlOf(req));
    send(res, 200, listResponse(resources, resources.length, 1));
  });
  router.get('/Schemas/:id', (req: Request<{ id: string }>, res: Response) => {
    const schema = findSchema(req.params.id);
    if (!schema) throw notFound(`Schema "${req.params.id}" not found`);
    send(res, 200, schemaResource(schema, baseUrlOf(req)));
  });

  router.get('/Users', async (req: Request, res: Response) => {
    send(res, 200, await users.list(parseListQuery(USER_TYPE, req.query), baseUrlOf(req)));
  });
  router.post('/Users', requireJsonBody, async (req: Request, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    const user = await users.create(req.body, baseUrlOf(req));
    res.locals[CREATED_ID] = user.id;
    res.location(locationOf(user));
    send(res, 201, project(USER_TYPE, user, selection));
  });
  router.get('/Users/:id', async (req: Request<{ id: string }>, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    send(res, 200, project(USER_TYPE, await users.get(req.params.id, baseUrlOf(req)), selection));
  });
  router.put('/Users/:id', requireJsonBody, async (req: Request<{ id: string }>, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    send(res, 200, project(USER_TYPE, await users.replace(req.params.id, req.body, baseUrlOf(req)), selection));
  });
  router.patch('/Users/:id', requireJsonBody, async (req: Request<{ id: string }>, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    send(res, 200, project(USER_TYPE, await users.patch(req.params.id, req.body, baseUrlOf(req)), selection));
  });
  router.delete('/Users/:id', async (req: Request<{ id: string }>, res: Response) => {
    await users.delete(req.params.id);
    res.status(204).end();
  });

  router.get('/Groups', async (req: Request, res: Response) => {
    send(res, 200, await groups.list(parseListQuery(GROUP_TYPE, req.query), baseUrlOf(req)));
  });
  router.post('/Groups', requireJsonBody, async (req: Request, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    const group = await groups.create(req.body, baseUrlOf(req));
    res.locals[CREATED_ID] = group.id;
    res.location(locationOf(group));
    send(res, 201, project(GROUP_TYPE, group, selection));
  });
  router.get('/Groups/:id', async (req: Request<{ id: string }>, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    send(res, 200, project(GROUP_TYPE, await groups.get(req.params.id, selection, baseUrlOf(req)), selection));
  });
  router.put('/Groups/:id', requireJsonBody, async (req: Request<{ id: string }>, res: Response) => {
    const selection = parseSelectionQuery(req.query);
    send(res, 200, project(GROUP_TYPE, await groups.replace(req.params.id, req.body, baseUrlOf(req)), selection));
  });
  router.patch('/Groups/:id', requireJsonBody, async (req: Request<{ id: string }>, res: Response) => {
    const asked = queryParam(req.query, 'attributes') !== null || queryParam(req.query, 'excludedAttributes') !== null;
    const selection = asked ? parseSelectionQuery(req.query) : null;
    const group = await groups.patch(req.params.id, req.body, baseUrlOf(req), selection);
    if (group && selection) send(res, 200, project(GROUP_TYPE, group, selection));
    else res.status(204).end();
  });
  router.delete('/Groups/:id', async (req: Request<{ id: string }>, res: Response) => {
    await groups.delete(req.params.id);
    res.status(204).end();
  });

  router.all(['/Bulk', '/Me', '/.search', '/Users/.search', '/Groups/.search'], () => {
    throw new ScimError(
      501,
      null,
      'not supported by Attest: bulk operations, /Me and POST .search are not implemented (see /ServiceProviderConfig)',
    );
  });
  router.all(['/ServiceProviderConfig', '/ResourceTypes', '/ResourceTypes/:id', '/Schemas', '/Schemas/:id'], (req: Request) => {
    throw new ScimError(405, null, `${req.method} is not allowed on ${req.path}: discovery endpoints are read-only`);
  });
  router.all(['/Users', '/Groups'], (req: Request) => {
    throw new ScimError(405, null, `${req.method} is not allowed on ${req.path}: use GET to list or POST to create`);
  });
  router.all(['/Users/:id', '/Groups/:id'], (req: Request) => {
    throw new ScimError(405, null, `${req.method} is not allowed on ${req.path}: use GET, PUT, PATCH or DELETE`);
  });
  router.use((req: Request) => {
    throw notFound(`no SCIM endpoint at ${req.path} (endpoints: /Users, /Groups, /ServiceProviderConfig, /ResourceTypes, /Schemas)`);
  });
  router.use(scimErrorHandler);
  return router;
}

function locationOf(resource: { meta?: unknown }): string {
  const meta = resource.meta;
  if (meta !== null && typeof meta === 'object' && 'location' in meta && typeof meta.location === 'string') return meta.location;
  return '';
}
