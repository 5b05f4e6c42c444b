import { describe, expect, it } from 'vitest';

import { IMPORT_KINDS } from '../../../server/ingest/model.js';
import { PARSERS } from '../../../server/ingest/parsers/index.js';

describe('PARSERS', () => {
  it('has one parser per import kind, each describing its input', () => {
    expect(Object.keys(PARSERS).sort()).toEqual([...IMPORT_KINDS].sort());
    for (const kind of IMPORT_KINDS) {
      expect(PARSERS[kind].kind).toBe(kind);
      expect(PARSERS[kind].description.length).toBeGreaterThan(20);
    }
    expect(IMPORT_KINDS.filter((kind) => PARSERS[kind].needsApp)).toEqual(['okta-app-users', 'accounts-csv']);
  });
});
