import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The dashboard's Content-Security-Policy: its own scripts only, nothing inline but styles (React
 * `style` props and the charts set them), data: and blob: images (chart and graph exports), no
 * plugins, no framing by another site, and forms and requests to this origin only.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (helmet): the CSP above, X-Frame-Options DENY for browsers
 * without frame-ancestors, nosniff, no Referer sent to other sites, and helmet's other defaults.
 * In development, GET /graphql has no CSP: it is Apollo's Sandbox, loaded from Apollo's CDN.
 */
export function securityHeaders(production: boolean): RequestHandler {
  const options = { xFrameOptions: { action: 'deny' }, referrerPolicy: { policy: 'same-origin' } } as const;
  const strict = helmet({ ...options, contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  if (production) return strict;
  const sandbox = helmet({ ...options, contentSecurityPolicy: false });
  return (req, res, next) => (req.path === '/graphql' && req.method === 'GET' ? sandbox : strict)(req, res, next);
}
