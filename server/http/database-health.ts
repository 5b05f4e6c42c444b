import { Router, type RequestHandler } from 'express';
import { databaseAnswers, MAX_FAILED_RESTARTS, type DatabaseAvailability } from '../graph/availability.js';
import type { Graph } from '../graph/graph.js';
import { refuse } from './refuse.js';

/** Seconds a client is asked to wait before trying again while the database is away. */
const RETRY_AFTER_SECONDS = 5;

/**
 * `/healthz` (liveness): the process serves requests and can still bring its database back; 503 once
 * restarting the embedded Neo4j has failed MAX_FAILED_RESTARTS times in a row, so a supervisor
 * restarts the whole process. `/readyz` (readiness): the database answers now.
 */
export function healthRoutes(graph: Graph, availability: DatabaseAvailability): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    const database = availability.report();
    const live = database.failedRestarts < MAX_FAILED_RESTARTS;
    res.status(live ? 200 : 503).json({ status: live ? 'ok' : 'failing', database });
  });
  router.get('/readyz', async (_req, res) => {
    const ready = availability.isUp && (await databaseAnswers(graph));
    // Not answering while thought up: refuse database work from now on, until a probe gets through.
    if (!ready) availability.markDown('The database did not answer a readiness check');
    if (!ready) res.set('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', database: availability.report() });
  });
  return router;
}

/** Answers 503 with a short JSON body at once while the database is away, instead of a request that hangs and fails. */
export function refuseWhileDatabaseDown(availability: DatabaseAvailability): RequestHandler {
  return (_req, res, next) => {
    if (availability.isUp) {
      next();
      return;
    }
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
    const message =
      availability.state === 'restarting'
        ? 'The database is restarting; try again in a few seconds.'
        : 'The database cannot be reached; try again in a few seconds.';
    refuse(res, 503, 'DATABASE_UNAVAILABLE', message);
  };
}
