import { describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER } from '../../../server/graph/embedded/bulk-import-format.js';
import { csvCell, headerCell } from '../../../server/ingest/write/admin-import-cell.js';

describe('neo4j-admin import cells', () => {
  it('names each column with its property and type', () => {
    expect(headerCell('startDate', 'date')).toBe('startDate:date');
    expect(headerCell('counters', 'string[]')).toBe('counters:string[]');
  });

  it('leaves a missing value an empty unquoted cell, and quotes the empty string so it is kept', () => {
    expect(csvCell('string', null)).toBe('');
    expect(csvCell('datetime', null)).toBe('');
    expect(csvCell('string', '')).toBe('""');
  });

  it('quotes every string and doubles the quotes inside it', () => {
    expect(csvCell('string', 'Ada')).toBe('"Ada"');
    expect(csvCell('string', 'Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvCell('string', 'the "Analyst"')).toBe('"the ""Analyst"""');
    expect(csvCell('string', '"')).toBe('""""');
    expect(csvCell('string', 'back\\slash')).toBe('"back\\slash"');
  });

  it('keeps line breaks inside the quotes (the importer runs with --multiline-fields=true)', () => {
    expect(csvCell('string', 'Head of\nEngineering')).toBe('"Head of\nEngineering"');
    expect(csvCell('string', 'a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes booleans and doubles as Java reads them back', () => {
    expect(csvCell('boolean', true)).toBe('true');
    expect(csvCell('boolean', false)).toBe('false');
    expect(csvCell('double', 59)).toBe('59');
    expect(csvCell('double', 0.1)).toBe('0.1');
    expect(csvCell('double', 1e21)).toBe('1e+21');
    expect(csvCell('double', -0)).toBe('-0.0');
    expect(() => csvCell('double', Number.NaN)).toThrow(/double/);
    expect(() => csvCell('double', Number.POSITIVE_INFINITY)).toThrow(/double/);
  });

  it('writes dates as YYYY-MM-DD and datetimes as given to datetime(), with their zone', () => {
    expect(csvCell('date', '2026-11-18')).toBe('2026-11-18');
    expect(csvCell('datetime', '2026-11-18T10:15:30.123Z')).toBe('2026-11-18T10:15:30.123Z');
    expect(csvCell('datetime', '2026-11-18T10:15:30Z')).toBe('2026-11-18T10:15:30Z');
    expect(csvCell('datetime', '2026-11-18T10:15:30+02:00')).toBe('2026-11-18T10:15:30+02:00');
    expect(() => csvCell('date', '18/11/2026')).toThrow(/date/);
    expect(() => csvCell('datetime', '2026-11-18T10:15:30')).toThrow(/datetime/);
    expect(() => csvCell('datetime', '2026-11-18')).toThrow(/datetime/);
  });

  it('joins lists with the array delimiter inside one quoted cell', () => {
    expect(csvCell('string[]', ['a@acme.com', 'b@acme.com'])).toBe(`"a@acme.com${ARRAY_DELIMITER}b@acme.com"`);
    expect(csvCell('string[]', ['chat:write', 'said "hi", twice\nthen left'])).toBe(
      `"chat:write${ARRAY_DELIMITER}said ""hi"", twice\nthen left"`,
    );
    expect(csvCell('string[]', ['a', ''])).toBe(`"a${ARRAY_DELIMITER}"`);
    expect(csvCell('double[]', [3, 0.5])).toBe(`"3${ARRAY_DELIMITER}0.5"`);
  });

  it('refuses what the importer cannot store: empty lists, a list of one empty string, the delimiter in an item', () => {
    expect(() => csvCell('string[]', [])).toThrow(/empty/);
    expect(() => csvCell('double[]', [])).toThrow(/empty/);
    expect(() => csvCell('string[]', [''])).toThrow(/empty/);
    expect(() => csvCell('string[]', [`a${ARRAY_DELIMITER}b`])).toThrow(/delimiter/);
  });

  it('refuses a value of another type', () => {
    expect(() => csvCell('string', 3)).toThrow(/string/);
    expect(() => csvCell('boolean', 'true')).toThrow(/boolean/);
    expect(() => csvCell('double[]', ['1'])).toThrow(/double/);
    expect(() => csvCell('string[]', 'a')).toThrow(/string\[\]/);
  });
});
