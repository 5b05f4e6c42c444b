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
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });
}
