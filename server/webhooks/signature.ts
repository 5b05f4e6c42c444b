import { createHmac } from 'node:crypto';

/**
 * The signature a receiver checks: `X-Attest-Signature: sha256=<hex>`, the HMAC-SHA256 with the
 * endpoint's secret of `<X-Attest-Timestamp>.<raw body>`; the timestamp (Unix seconds) lets a
 * receiver refuse old replays.
 */
export function signatureOf(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
