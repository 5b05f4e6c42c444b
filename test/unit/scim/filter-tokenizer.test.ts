import { describe, expect, it } from 'vitest';
import { FilterSyntaxError } from '../../../server/scim/filter/errors.js';
import { tokenize } from '../../../server/scim/filter/tokenizer.js';

const kinds = (input: string) => tokenize(input).map((token) => [token.kind, token.text, token.position]);

describe('filter tokenizer', () => {
  it('splits words, strings and brackets with their 0-based positions', () => {
    expect(kinds('userName eq "bjensen"')).toEqual([
      ['word', 'userName', 0],
      ['word', 'eq', 9],
      ['string', '"bjensen"', 12],
      ['end', '', 21],
    ]);
  });

  it('ends words at brackets and quotes, so value paths need no spaces', () => {
    expect(kinds('emails[type eq"work"]').map(([kind, text]) => `${kind}:${text}`)).toEqual([
      'word:emails',
      '[:[',
      'word:type',
      'word:eq',
      'string:"work"',
      ']:]',
      'end:',
    ]);
  });

  it('keeps URN-prefixed paths (with their dots and colons) as one word', () => {
    const [first] = tokenize('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "42"');
    expect(first?.text).toBe('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber');
  });

  it('decodes JSON escapes in strings', () => {
    const token = tokenize(String.raw`displayName eq "say \"hi\" \\ \u00e9"`)[2];
    expect(token?.value).toBe('say "hi" \\ é');
  });

  it('reports an unterminated string at its opening quote', () => {
    const error = (() => {
      try {
        tokenize('userName eq "bjensen');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(FilterSyntaxError);
    expect(error).toMatchObject({ position: 12, message: "unterminated string starting at position 12: a closing '\"' is missing" });
  });

  it('reports an invalid escape with the string position', () => {
    expect(() => tokenize(String.raw`title eq "a\qb"`)).toThrow(/invalid string at position 9/);
  });

  it('treats any whitespace as a separator', () => {
    expect(kinds('a\tpr').map(([kind]) => kind)).toEqual(['word', 'word', 'end']);
  });
});
