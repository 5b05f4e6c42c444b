import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeRows, RowShapeError } from '../../server/graph/decode.js';

const campaignRow = z.object({
  campaign: z.object({ id: z.string(), launchedAt: z.string().nullable().default(null) }),
  total: z.number(),
});

describe('decodeRows', () => {
  it('returns the rows typed, an absent nullable property as null', () => {
    expect(decodeRows(campaignRow, [{ campaign: { id: 'c1' }, total: 3 }], 'campaign-list')).toEqual([
      { campaign: { id: 'c1', launchedAt: null }, total: 3 },
    ]);
  });

  it('names the query and the column when a column was renamed', () => {
    const decode = () => decodeRows(campaignRow, [{ campaign: { id: 'c1' }, count: 3 }], 'campaign-list');
    expect(decode).toThrow(RowShapeError);
    expect(decode).toThrow(/query "campaign-list" .*column "total"/);
  });

  it('names the nested column whose value has the wrong type', () => {
    expect(() => decodeRows(campaignRow, [{ campaign: { id: 7 }, total: 3 }], 'campaign-list')).toThrow(
      /column "campaign\.id".*expected string/,
    );
  });
});
