import { describe, expect, it } from 'vitest';
import type { FilterNode } from '../../../server/scim/filter/ast.js';
import { FilterSyntaxError } from '../../../server/scim/filter/errors.js';
import { MAX_FILTER_DEPTH, parseAttributePath, parseFilter, parsePatchPath } from '../../../server/scim/filter/parser.js';

/** A compact rendering of the tree: precedence shows as parentheses. */
function show(node: FilterNode): string {
  switch (node.kind) {
    case 'compare':
      return `${node.path.text} ${node.op} ${JSON.stringify(node.value)}`;
    case 'present':
      return `${node.path.text} pr`;
    case 'and':
    case 'or':
      return `(${show(node.left)} ${node.kind} ${show(node.right)})`;
    case 'not':
      return `not(${show(node.filter)})`;
    case 'valuePath':
      return `${node.path.text}[${show(node.filter)}]`;
  }
}

function failure(input: string): FilterSyntaxError {
  try {
    parseFilter(input);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${input} to fail`);
}

describe('filter parser', () => {
  it.each(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'])('parses the %s operator', (op) => {
    expect(show(parseFilter(`title ${op} "x"`))).toBe(`title ${op} "x"`);
  });

  it('parses pr, and reads operators and keywords in any case', () => {
    expect(show(parseFilter('title PR'))).toBe('title pr');
    expect(show(parseFilter('userName EQ "a" AND NOT (title Pr)'))).toBe('(userName eq "a" and not(title pr))');
  });

  it('reads numbers, true, false and null literals', () => {
    const values = ['1', '-2.5', '1e3', 'true', 'False', 'null'].map((literal) => {
      const node = parseFilter(`x eq ${literal}`);
      return node.kind === 'compare' ? node.value : undefined;
    });
    expect(values).toEqual([1, -2.5, 1000, true, false, null]);
  });

  it('binds and tighter than or', () => {
    expect(show(parseFilter('a eq "1" or b eq "2" and c eq "3"'))).toBe('(a eq "1" or (b eq "2" and c eq "3"))');
    expect(show(parseFilter('a eq "1" and b eq "2" or c eq "3"'))).toBe('((a eq "1" and b eq "2") or c eq "3")');
  });

  it('binds not tighter than and', () => {
    expect(show(parseFilter('not (a pr) and b pr'))).toBe('(not(a pr) and b pr)');
  });

  it('associates to the left', () => {
    expect(show(parseFilter('a pr or b pr or c pr'))).toBe('((a pr or b pr) or c pr)');
  });

  it('lets parentheses override precedence', () => {
    expect(show(parseFilter('(a eq "1" or b eq "2") and c eq "3"'))).toBe('((a eq "1" or b eq "2") and c eq "3")');
    expect(show(parseFilter('((a pr))'))).toBe('a pr');
  });

  it('parses value paths with logical filters inside', () => {
    expect(show(parseFilter('emails[type eq "work" and value co "@acme.com"]'))).toBe('emails[(type eq "work" and value co "@acme.com")]');
    expect(show(parseFilter('userType eq "Employee" and emails[type eq "work" or not (primary eq false)]'))).toBe(
      '(userType eq "Employee" and emails[(type eq "work" or not(primary eq false))])',
    );
  });

  it('parses sub-attributes and URN-prefixed extension attributes', () => {
    const node = parseFilter('name.familyName co "O\'Malley"');
    expect(node.kind === 'compare' && node.path).toMatchObject({ uri: null, name: 'name', subAttr: 'familyName' });
    const urn = parseFilter('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq "m1"');
    expect(urn.kind === 'compare' && urn.path).toMatchObject({
      uri: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      name: 'manager',
      subAttr: 'value',
    });
  });

  it('keeps the position of every node', () => {
    const node = parseFilter('a pr and b eq "x"');
    expect(node).toMatchObject({ kind: 'and', position: 5, left: { position: 0 }, right: { position: 9 } });
  });

  describe('errors name what was expected, where, and what was found', () => {
    it('a missing operator', () => {
      const error = failure('userName "bjensen"');
      expect(error.message).toContain("expected an operator after 'userName' at position 9 but found '\"bjensen\"'");
      expect(error.position).toBe(9);
    });

    it('an unknown operator', () => {
      expect(failure('userName equals "x"').message).toContain("expected an operator after 'userName' at position 9 but found 'equals'");
    });

    it('a filter that ends after the attribute', () => {
      expect(failure('userName').message).toContain("expected an operator after 'userName' at position 8 but found the end of the filter");
    });

    it('a missing value, and an unquoted string', () => {
      expect(failure('userName eq').message).toContain("expected a value after 'eq' at position 11 but found the end of the filter");
      expect(failure('userName eq bjensen').message).toContain('(quote strings: "bjensen")');
    });

    it('an unclosed parenthesis names the opening one', () => {
      const error = failure('(userName eq "a" or title pr');
      expect(error.message).toBe(
        "expected 'and', 'or' or ')' (closing the '(' at position 0) at position 28 but found the end of the filter",
      );
      expect(error.position).toBe(28);
    });

    it('an unclosed value filter', () => {
      expect(failure('emails[type eq "work"').message).toContain("or ']' (closing the '[' at position 6) at position 21");
    });

    it('trailing input', () => {
      expect(failure('title pr )').message).toBe("expected 'and', 'or' or the end of the filter at position 9 but found ')'");
      expect(failure('title pr title pr').message).toContain("at position 9 but found 'title'");
    });

    it('a dangling logical operator', () => {
      expect(failure('title pr and').message).toBe("expected an attribute path after 'and' at position 12 but found the end of the filter");
      expect(failure('and title pr').message).toContain(
        "expected an attribute path at the start of the filter at position 0 but found 'and'",
      );
    });

    it('not without parentheses', () => {
      expect(failure('not title pr').message).toBe("expected '(' after 'not' at position 4 but found 'title'");
    });

    it('nested value filters', () => {
      expect(failure('emails[type[value pr]]').message).toContain('value filters cannot be nested');
    });

    it('bad attribute names', () => {
      expect(failure('1abc eq "x"').message).toContain(
        "expected an attribute path at the start of the filter at position 0 but found '1abc'",
      );
      expect(failure('a.b.c eq "x"').position).toBe(0);
    });

    it('operators that cannot take the value', () => {
      expect(failure('title co 42').message).toContain("'co' needs a quoted string at position 9");
      expect(failure('active gt true').message).toContain("'gt' cannot order by 'true' at position 10");
    });

    it('empty and over-deep filters', () => {
      expect(failure('   ').message).toBe('the filter is empty');
      const deep = `${'('.repeat(MAX_FILTER_DEPTH + 1)}a pr${')'.repeat(MAX_FILTER_DEPTH + 1)}`;
      expect(failure(deep).message).toContain(`deeper than ${MAX_FILTER_DEPTH} levels`);
    });
  });
});

describe('attribute paths', () => {
  it('splits a URN at its last colon', () => {
    expect(parseAttributePath('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName')).toMatchObject({
      uri: 'urn:ietf:params:scim:schemas:core:2.0:User',
      name: 'name',
      subAttr: 'givenName',
    });
    expect(parseAttributePath('members.$ref')).toMatchObject({ name: 'members', subAttr: '$ref' });
    expect(parseAttributePath('bad name')).toBeNull();
  });
});

describe('PATCH paths', () => {
  it('reads attributes, sub-attributes, value filters and a sub-attribute after the filter', () => {
    expect(parsePatchPath('members')).toMatchObject({ path: { name: 'members' }, filter: null, subAttr: null });
    expect(parsePatchPath('name.familyName')).toMatchObject({ path: { name: 'name', subAttr: 'familyName' } });
    const filtered = parsePatchPath('members[value eq "2819c223"]');
    expect(filtered.filter && show(filtered.filter)).toBe('value eq "2819c223"');
    expect(parsePatchPath('emails[type eq "work"].value')).toMatchObject({ path: { name: 'emails' }, subAttr: 'value' });
  });

  it('reports what does not fit, with positions', () => {
    expect(() => parsePatchPath('emails[type eq "work"]value')).toThrow(
      "expected '.subAttribute' or the end of the path at position 22 but found 'value'",
    );
    expect(() => parsePatchPath('emails[type eq "work"')).toThrow('at position 21 but found the end of the path');
    expect(() => parsePatchPath('')).toThrow('the path is empty');
    expect(() => parsePatchPath('name.givenName[value pr]')).toThrow('not to the sub-attribute');
  });
});
