import type { Plain } from '../graph/values.js';

export type ReviewErrorKind = 'not_found' | 'bad_input' | 'forbidden';

/** A review action that cannot be carried out as asked; the message says what and why, `field` where. */
export class ReviewError extends Error {
  constructor(
    readonly kind: ReviewErrorKind,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

/** Someone changed the item since the caller read it (its version moved on): nothing was written. */
export class ReviewConflict extends Error {
  constructor(
    message: string,
    readonly details: {
      itemId: string;
      expectedVersion: number;
      currentVersion: number;
      decidedByName: string | null;
      decidedAt: string | null;
    } & Record<string, Plain>,
  ) {
    super(message);
    this.name = 'ReviewConflict';
  }
}
