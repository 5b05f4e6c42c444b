import { BadInputError } from '../errors.js';

/** Opaque cursors over a stable sort order: the offset of the next row, base64url-encoded. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null, field = 'after'): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new BadInputError(`"${cursor}" is not a cursor this API returned`, field);
  return Number(match[1]);
}
