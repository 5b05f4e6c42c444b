import { z } from 'zod';

/** READ_HEAD and HASHES_AT: an event's sequence number and hash (the head's is 0 and the genesis hash for an empty log). */
export const seqHashRow = z.object({ seq: z.number(), hash: z.string() });
