import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiContext } from '../api/context.js';
import { hardenedApolloOptions } from '../api/hardening.js';
import { buildApiSchema } from '../api/schema.js';
import { SignInThrottle, type SignInLimits } from '../auth/sign-in-throttle.js';
import type { Catalog } from '../catalog/catalog.js';
import { apiReadTimeoutMs } from '../config/api-read-timeout.js';
import { now } from '../config/now.js';
import { DatabaseAvailability } from '../graph/availability.js';
import { createAuthRouter } from './auth-routes.js';
import { healthRoutes, refuseWhileDatabaseDown } from './database-health.js';
import { errorHandler, notFound } from './error-handler.js';
import { createEvidenceRouter } from './evidence-routes.js';
import { createFindingsExportRouter } from './findings-export.js';
import { requireRole, requireSignIn } from './require-role.js';
import { createAuditExportRouter } from './audit-export.js';
import { createLeaversExportRouter } from './leavers-export.js';
import { securityHeaders } from './security-headers.js';
import { csrfProtection, sessionMiddleware, viewerOf } from './session-middleware.js';
import { createUploadRouter } from './upload.js';
import { ProvisioningSync } from '../scim/provisioning-sync.js';
import { createScimRouter } from '../scim/router.js';
import type { Graph } from '../graph/graph.js';

export interface HttpAppOptions {
  graph: Graph;
  catalog: Catalog;
  /** Built dashboard to serve at /, when present. */
  webDir?: string;
  /** No introspection, field suggestions or landing page (hardening.ts); true unless NODE_ENV=development. `attest dev` turns it off. */
  production?: boolean;
  /** Quiet time after the last SCIM push before reconciling (default 2 s). */
  provisioningQuietMs?: number;
  /** Whether the database answers (the connection's); while it does not, database routes answer 503. */
  availability?: DatabaseAvailability;
  /** Failed password sign-ins allowed before a lock (default SIGN_IN_LIMITS). */
  signInLimits?: SignInLimits;
}

export interface HttpApp {
  app: Express;
  apollo: ApolloServer<ApiContext>;
  /** Settles SCIM pushes (reconcile, findings, a SyncRun); flush it before shutting down. */
  provisioning: ProvisioningSync;
}

/**
 * The Express app: GraphQL at /graphql, liveness at /healthz, readiness at /readyz, the dashboard
 * everywhere else, security headers on every answer, and every error as a short JSON body.
 */
export async function createHttpApp(options: HttpAppOptions): Promise<HttpApp> {
  const production = options.production ?? process.env.NODE_ENV !== 'development';
  // Reads a client asks for through GraphQL end after the API's timeout; the rest of Attest is not limited.
  const apiGraph = options.graph.withReadTimeout(apiReadTimeoutMs());
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildApiSchema(),
    ...hardenedApolloOptions(production),
  });
  await apollo.start();

  const app = express();
  app.set('env', production ? 'production' : 'development');
  app.disable('x-powered-by');
  // Behind a reverse proxy, its X-Forwarded-For names the client whose failed sign-ins are counted.
  if (process.env.ATTEST_TRUST_PROXY) app.set('trust proxy', process.env.ATTEST_TRUST_PROXY);
  app.use(securityHeaders(production));
  const availability = options.availability ?? new DatabaseAvailability();
  app.use(healthRoutes(options.graph, availability));
  app.use(['/graphql', '/api', '/auth', '/scim'], refuseWhileDatabaseDown(availability));
  // Sessions for the dashboard's own routes; /scim/v2 keeps its bearer tokens.
  app.use(['/graphql', '/api', '/auth'], cookieParser(), sessionMiddleware(options.graph));
  // The selection export is a plain HTML form: parse it here so its _csrf field can be checked.
  app.post('/api/findings.csv', express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 20_000 }));
  app.use(['/graphql', '/api'], csrfProtection());
  app.use('/auth', createAuthRouter(options.graph, new SignInThrottle(options.signInLimits)));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ res }): Promise<ApiContext> =>
        Promise.resolve({ graph: apiGraph, catalog: options.catalog, now: now(), viewer: viewerOf(res) }),
    }),
  );
  const provisioning = new ProvisioningSync(options.graph, options.catalog, {
    quietMs: options.provisioningQuietMs,
    onError: (error) => console.error(`Reconciling after SCIM pushes failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  app.use(
    '/scim/v2',
    createScimRouter(options.graph, (action, resource, id) => provisioning.record(action, resource, id)),
  );
  app.use('/api', requireSignIn());
  app.use('/api/imports', requireRole('admin'));
  app.use('/api', createUploadRouter(options.graph, options.catalog));
  app.use('/api', createFindingsExportRouter(options.graph));
  app.use('/api/audit.csv', requireRole('admin', 'auditor'));
  app.use('/api', createAuditExportRouter(options.graph));
  app.use('/api/leavers.csv', requireRole('admin', 'auditor'));
  app.use('/api', createLeaversExportRouter(options.graph));
  app.use('/api/campaigns', requireRole('admin', 'auditor'));
  app.use('/api', createEvidenceRouter(options.graph));
  app.use(['/api', '/auth'], notFound());
  const webDir = options.webDir;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // The build may leave source maps beside the bundles; they are not for the public.
    app.get(/\.map$/, notFound());
    app.use(express.static(webDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|scim|api|auth).*/, (_req, res) => {
      res.sendFile(join(webDir, 'index.html'));
    });
  }
  app.use(notFound());
  app.use(errorHandler());
  return { app, apollo, provisioning };
}
