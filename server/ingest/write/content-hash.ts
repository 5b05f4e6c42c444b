import { createHash } from 'node:crypto';

/**
 * What a row says, with the import kind and scope that write it (a record another source takes
 * over is written again, to take its provenance). Rows are built in a fixed key order
 * (prepare.ts), so the same input gives the same hash. Not a security measure: SHA-1 is plenty to
 * tell two rows apart.
 */
export function contentHash(kind: string, scope: string, row: object): string {
  return createHash('sha1')
    .update(JSON.stringify([kind, scope, row]))
    .digest('base64url');
}
