import { describe, expect, it } from 'vitest';

import { ImportError, formatProblem } from '../../../server/ingest/errors.js';
import { Problems } from '../../../server/ingest/input/problems.js';

describe('Problems', () => {
  it('caps the list and says how many more there were', () => {
    const problems = new Problems(3);
    for (let line = 2; line < 12; line += 1) problems.add({ file: 'people.csv', line, field: 'work email' }, 'expected an email address');
    let thrown: unknown;
    try {
      problems.throwIfAny();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    const messages = thrown instanceof ImportError ? thrown.problems.map(formatProblem) : [];
    expect(messages).toEqual([
      'people.csv, line 2, field "work email": expected an email address',
      'people.csv, line 3, field "work email": expected an email address',
      'people.csv, line 4, field "work email": expected an email address',
      'people.csv: 7 more problems not shown; fix the ones above and import again',
    ]);
  });

  it('reports a field missing from many records once, with the count', () => {
    const problems = new Problems();
    for (let record = 0; record < 4; record += 1)
      problems.missingField({ file: 'users.json', record }, 'accountEnabled', 'required field missing');
    expect(() => problems.throwIfAny()).toThrow(
      'users.json, record 0, field "accountEnabled": required field missing (and in 3 more records of this file)',
    );
  });

  it('throws nothing when there is nothing to report', () => {
    expect(() => new Problems().throwIfAny()).not.toThrow();
  });
});
