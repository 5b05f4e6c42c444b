import { describe } from 'vitest';
import { serveDemo } from '../support/demo-server.js';
import { classifyWalk } from './walks/classify.js';
import { dashboardWalk } from './walks/dashboard.js';
import { reviewsWalk } from './walks/reviews.js';

/**
 * Every browser walk, on one `attest serve` started as `npm start` starts it: its own embedded Neo4j
 * in a fresh data directory, with the demo organization loaded. Starting the JVM and loading the demo
 * took as long as the walks themselves, once per walk; now it is done once, and the walks run in an
 * order that keeps each one's starting point: the dashboard first (it checks the overview against the
 * demo's truth.json as loaded), then classify (it imports an app of its own), then reviews (it checks
 * that its Jasper import is the newest import, and ends with the audit chain over everything before).
 */
describe('the demo organization in a real browser, served by `attest serve` on its own embedded Neo4j as `npm start` does', () => {
  const demo = serveDemo();
  dashboardWalk(demo);
  classifyWalk(demo);
  reviewsWalk(demo);
});
